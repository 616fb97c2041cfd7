namespace NewsApi.Extraction.Tests.WireCopy;

using static WireCopyKit;

public class SpeakerAndContentTests
{
    [Fact]
    public void Extract_AnonymousSourceWithRelativeClause_IsAnUnnamedSpeakerAndTheRealQuoteIsKept()
    {
        var article = Extract("Lena Ortiz, a spokeswoman for the port, gave no details. A negotiator close to the talks, who asked not to be named, said a deal was \"very close\" but warned that it could still collapse.");

        Assert.DoesNotContain(article.Quotes, q => q.Content.Text.Contains("not to be named", StringComparison.Ordinal));
        var said = article.QuoteWithCue("said");
        Assert.StartsWith("a deal was", said.Content.Text, StringComparison.Ordinal);
        Assert.Equal("A negotiator close to the talks", said.Speaker?.Text);
        Assert.Null(said.SpeakerEntity);
        var warned = article.QuoteWithCue("warned");
        Assert.Null(warned.SpeakerEntity);
    }

    [Theory]
    [InlineData("Cotton prices fell for a second day, brokers in Karachi said.", "brokers in Karachi")]
    [InlineData("Officials in Lisbon said the bridge would reopen next month.", "Officials in Lisbon")]
    public void Extract_PlaceInsideTheSpeakerPhrase_IsNotTheSpeaker(string body, string speaker)
    {
        var article = Extract(body);

        var q = article.QuoteWithCue("said");
        Assert.Equal(speaker, q.Speaker?.Text);
        Assert.Null(q.SpeakerEntity);
    }

    [Fact]
    public void Extract_PlaceAsSubject_SpeaksByMetonymy()
    {
        var article = Extract("Warsaw said it would expel two diplomats.");

        Assert.Equal("Warsaw", article.SpeakerEntityName(article.QuoteWithCue("said")));
    }

    [Fact]
    public void Extract_PossessorBeforeACommonNoun_IsNotTheSpeaker()
    {
        var article = Extract("Chile's mining ministry said exports would recover by June.");

        var q = article.QuoteWithCue("said");
        Assert.NotEqual("Chile", article.SpeakerEntityName(q));
    }

    [Theory]
    [InlineData("Representatives of the airline declined to comment.")]
    [InlineData("The mayor has not commented on the proposal.")]
    [InlineData("The club thanked the fans.")]
    [InlineData("The regulator cut its forecast, citing drought.")]
    [InlineData("The ministry announced on Tuesday.")]
    public void Extract_ActOfSpeakingWithABareObject_IsNoQuote(string body)
    {
        Assert.Empty(Extract(body).Quotes);
    }

    [Fact]
    public void Extract_DirectQuoteFollowedByApposition_ContentIsOnlyTheQuotedWords()
    {
        const string body = "\"It was a difficult winter for everyone,\" the firm's finance director, Olga Berg, told reporters.";

        var q = Assert.Single(Extract(body).Quotes);

        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("It was a difficult winter for everyone,", q.Content.Text);
    }

    [Fact]
    public void Extract_TheCompany_ResolvesToACompanyNotTheAgencyThatFiledTheStory()
    {
        var article = Extract("SANTIAGO (Reuters) - Andes Copper Corp. said output would fall this year. The company said its costs rose sharply.");

        var q = Assert.Single(article.Quotes, q => q.Speaker?.Text == "The company");
        var entity = article.Entities[Assert.IsType<int>(q.SpeakerEntity)];
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.EndsWith("Copper Corp.", entity.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Inspector Dana Whitfield said the road would stay closed.", QuoteAttribution.Statement)]
    [InlineData("Inspector Dana Whitfield told reporters the road would stay closed.", QuoteAttribution.Statement)]
    [InlineData("Inspector Dana Whitfield announced that the road would stay closed.", QuoteAttribution.Statement)]
    [InlineData("Inspector Dana Whitfield believes the road will stay closed.", QuoteAttribution.Stance)]
    [InlineData("Inspector Dana Whitfield fears that the road will stay closed.", QuoteAttribution.Stance)]
    [InlineData("Inspector Dana Whitfield wants the road to stay closed.", QuoteAttribution.Stance)]
    [InlineData("Inspector Dana Whitfield opposes reopening the road.", QuoteAttribution.Stance)]
    public void Extract_Attribution_TellsStatementsFromStances(string body, QuoteAttribution attribution)
    {
        var q = Assert.Single(Extract(body).Quotes);

        Assert.Equal(attribution, q.Attribution);
    }

    [Fact]
    public void Extract_AccordingTo_IsAStatement()
    {
        var q = Assert.Single(Extract("According to the harbour master, the channel will be dredged in spring.").Quotes);

        Assert.Equal(QuoteAttribution.Statement, q.Attribution);
    }

    [Fact]
    public void Extract_ApposedDescriptionWithPluralPossessive_KeepsTheNamedSpeaker()
    {
        var article = Extract("Jane Doe, a spokeswoman for the Canadian Home Builders' Association, said the target was ambitious.");

        var q = article.QuoteWithCue("said");
        Assert.Equal("the target was ambitious", q.Content.Text);
        Assert.Equal("Jane Doe", article.SpeakerEntityName(q));
    }

    [Fact]
    public void Extract_ParagraphQuoteFollowedByANewlyNamedSpeaker_IsAttributedToTheNewcomer()
    {
        const string body = "Maria Lopez met John Smith at the conference. \"This plan is a start,\" he said.\n\n"
                            + "\"Rents have doubled since 2015. Families are being pushed out of the city.\"\n\n"
                            + "Those were the words of Ana Ruiz, a tenant organizer, who spoke at a rally on Sunday.";

        var article = Extract(body);

        var q = Assert.Single(article.Quotes, q => q.Content.Text.StartsWith("Rents", StringComparison.Ordinal));
        Assert.Equal("Ana Ruiz", article.SpeakerEntityName(q));
    }

    [Fact]
    public void Extract_HeOrShe_GoesToThePersonOfThatGenderByFirstName()
    {
        var article = Extract("Margaret Oyelaran met Thomas Brandt in Geneva. \"The talks were useful,\" she said.");

        var q = article.QuoteWithCue("said");
        Assert.Equal("Margaret Oyelaran", article.SpeakerEntityName(q));
    }

    [Fact]
    public void Extract_PossessiveHolderOfAStance_ResolvesLikeThePronoun()
    {
        var article = Extract("Thomas Brandt spoke after Margaret Oyelaran. Voters remember his support for the new toll road.");

        var q = Assert.Single(article.Quotes, q => q.Speaker?.Text == "his");
        Assert.Equal("Thomas Brandt", article.SpeakerEntityName(q));
    }

    [Theory]
    [InlineData("The minister said the budget was balanced, although the deficit grew again in March.", "the budget was balanced")]
    [InlineData("The mayor said the bridge would reopen soon, prompting cheers from commuters.", "the bridge would reopen soon")]
    public void Extract_ReportedClause_EndsBeforeTheReportersOwnAddition(string body, string content)
    {
        var q = Assert.Single(Extract(body).Quotes);

        Assert.Equal(content, q.Content.Text);
    }

    [Fact]
    public void Extract_RelativeClauseNamingSomeoneElse_KeepsTheSubjectAsSpeaker()
    {
        var article = Extract("Premier Doug Ferrand met the mayor. Ferrand, who met the mayor's chief of staff, Mark Pellegrini, on Sunday, said the plan had been months in the making.");

        var q = article.QuoteWithCue("said");
        Assert.Equal("Doug Ferrand", article.SpeakerEntityName(q));
    }

    [Theory]
    [InlineData("Pellegrini did not respond to a request for comment.")]
    [InlineData("The company has not yet responded to the union's latest letter.")]
    public void Extract_NegatedActOfSpeaking_IsNoQuote(string body)
    {
        Assert.Empty(Extract(body).Quotes);
    }

    [Fact]
    public void Extract_PossessiveOfAnAbbreviation_IsPartOfAnUnnamedSpeaker()
    {
        var q = Assert.Single(Extract("B.C.'s top doctor says the province will lift the mask mandate next month.").Quotes);

        Assert.Equal("B.C.'s top doctor", q.Speaker?.Text);
        Assert.Null(q.SpeakerEntity);
    }

    [Fact]
    public void Extract_ParentheticalAdverbBetweenCueAndClause_StillAQuote()
    {
        var article = Extract("Dr. Lena Ortiz spoke on Tuesday. She cautioned, however, that hospitals remained under strain.");

        var q = article.QuoteWithCue("cautioned");
        Assert.Equal("hospitals remained under strain", q.Content.Text);
        Assert.Equal("Lena Ortiz", article.SpeakerEntityName(q));
    }

    [Fact]
    public void Extract_AccordingToFiguresFromAnOrganisation_TheOrganisationIsTheSource()
    {
        var article = Extract("According to figures from the Petroleum Institute, output fell 4 percent in October.");

        var q = Assert.Single(article.Quotes);
        Assert.Equal("output fell 4 percent in October", q.Content.Text);
        Assert.Equal("Petroleum Institute", article.SpeakerEntityName(q));
    }

    [Fact]
    public void Extract_DescribedOrganisation_IsNotTheNearestOneOfAnotherName()
    {
        var article = Extract("The Petroleum Institute met on Monday. Output fell 4 percent, according to data from the national statistics agency.");

        var q = Assert.Single(article.Quotes);
        Assert.Equal("the national statistics agency", q.Speaker?.Text);
        Assert.Null(q.SpeakerEntity);
    }

    [Fact]
    public void Extract_TitleAfterCalled_IsNoQuote()
    {
        Assert.Empty(Extract("The plan, called \"Horizon 2030 and Beyond\", was launched in May.").Quotes);
    }

    [Fact]
    public void Extract_SubjectPronoun_PrefersThePreviousSentencesSubjectOverItsObject()
    {
        var article = Extract("Tom Brandt met Carl Hale on Monday. He said the plan was flawed.");

        var q = article.QuoteWithCue("said");
        Assert.Equal("Tom Brandt", article.SpeakerEntityName(q));
    }

    [Fact]
    public void Extract_SpeakerDescribedByAge_IsTheNearestPerson()
    {
        var article = Extract("Maria Lopez, 45, lost her home in the flood. \"We have nothing left,\" the 45-year-old said.");

        Assert.Equal("Maria Lopez", article.SpeakerEntityName(article.QuoteWithCue("said")));
    }

    [Fact]
    public void Extract_UnnamedSpeakerOfANamedPlace_KeepsTheWholeName()
    {
        var q = Assert.Single(Extract("Nova Scotia's health minister says the province will hire 300 more nurses.").Quotes);

        Assert.Equal("Nova Scotia's health minister", q.Speaker?.Text);
        Assert.Null(q.SpeakerEntity);
    }
}
