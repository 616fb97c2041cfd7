namespace NewsApi.Extraction.Tests.Quotes;

using static QuoteTestKit;

/// <summary>Non-speech attributions: intentions, support and opposition, criticism, beliefs, stance nouns.</summary>
public class StanceTests
{
    [Fact]
    public void Extract_WantsToInfinitive_IndirectStanceWithSubjectAsSource()
    {
        const string body = "The mayor wants to close two libraries before the winter.";

        var q = Assert.Single(Extract(body));

        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("close two libraries before the winter", q.Content.Text);
        Assert.Equal("wants", q.Cue.Text);
        Assert.Equal("The mayor", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_HasEndorsedObject_PerfectAuxiliaryIsSkipped()
    {
        const string body = "The teachers' union has endorsed Maria Delgado for the school board.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("Maria Delgado for the school board", q.Content.Text);
        Assert.Equal("endorsed", q.Cue.Text);
    }

    [Fact]
    public void Extract_ComplainedAbout_ContentIsThePrepositionalObject()
    {
        const string body = "Farmers complained about the new water charges at the meeting.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("the new water charges at the meeting", q.Content.Text);
        Assert.Equal("complained", q.Cue.Text);
        Assert.Equal("Farmers", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_WouldBackBaseForm_AfterModal()
    {
        const string body = "Jenkins would back a higher minimum wage if elected.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("back", q.Cue.Text);
        Assert.Equal("Jenkins", q.Speaker?.Text);
        Assert.StartsWith("a higher minimum wage", q.Content.Text);
    }

    [Fact]
    public void Extract_PassiveOrNounUse_IsNotAStance()
    {
        Assert.Empty(Extract("The driver was charged with reckless driving on Monday."));
        Assert.Empty(Extract("The plans for the harbour front were on display."));
        Assert.Empty(Extract("The bill supports small farms across the county."));
    }

    [Fact]
    public void Extract_SentenceWithSpeech_KeepsOnlyTheSpeechQuote()
    {
        const string body = "The coach thanked his players, saying they had never given up.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("saying", q.Cue.Text);
        Assert.Equal("they had never given up", q.Content.Text);
    }

    [Fact]
    public void Extract_PossessiveClaimThat_HolderIsTheSource()
    {
        const string body = "Nobody repeated Gomez's claim that the bridge was unsafe for lorries.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("the bridge was unsafe for lorries", q.Content.Text);
        Assert.Equal("claim", q.Cue.Text);
        Assert.Equal("Gomez's", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_HisSupportFor_PronounHolder()
    {
        const string body = "Voters remember his support for the stadium tax.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("the stadium tax", q.Content.Text);
        Assert.Equal("support", q.Cue.Text);
        Assert.Equal("his", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_TheAssertionThat_ReturnedWithoutSpeaker()
    {
        const string body = "Engineers doubted the assertion that the dam could hold another metre of water.";

        var quotes = Extract(body);

        var q = Assert.Single(quotes, q => q.Cue.Text == "assertion");
        Assert.Equal("the dam could hold another metre of water", q.Content.Text);
        Assert.Null(q.Speaker);
        Assert.Null(q.SpeakerEntity);
    }

    [Fact]
    public void Extract_ClaimThatRelativeClause_IsNotContent()
    {
        Assert.DoesNotContain(Extract("The claim that was filed in March is still open."), q => q.Cue.Text == "claim");
    }

    [Fact]
    public void Extract_SurveyShowsThat_EvidenceIsASource()
    {
        const string body = "A county survey shows that most residents drive to work alone.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("most residents drive to work alone", q.Content.Text);
        Assert.Equal("shows", q.Cue.Text);
        Assert.Equal("A county survey", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_ThingAsSubjectOfAStanceVerb_IsNotASource()
    {
        Assert.Empty(Extract("The new law favors large landowners in the valley."));
    }

    [Fact]
    public void Extract_SpokeNeedsAParticle()
    {
        Assert.Empty(Extract("The two leaders spoke for nearly an hour on Sunday."));

        var q = Assert.Single(Extract("The bishop spoke out against the eviction of the tenants."));
        Assert.Equal("spoke", q.Cue.Text);
        Assert.StartsWith("against the eviction", q.Content.Text);
    }

    [Fact]
    public void Extract_CommunicationActVerb_OutlinedObject()
    {
        const string body = "The senator also outlined her plan for rural broadband.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("outlined", q.Cue.Text);
        Assert.Equal("The senator", q.Speaker?.Text);
        Assert.Equal("her plan for rural broadband", q.Content.Text);
    }

    [Fact]
    public void Extract_BusinessSenseOfAVerb_IsNotAStance()
    {
        Assert.Empty(Extract("Northwind Traders posted record profits in the third quarter."));
    }

    [Fact]
    public void Extract_PluralSubjectWithBaseForm_EachClauseIsAStance()
    {
        const string body = "Landlords want looser rent rules, and tenants want stricter inspections.";

        var quotes = Extract(body);

        Assert.Equal(["Landlords", "tenants"], quotes.Select(q => q.Speaker?.Text));
        Assert.Equal(["looser rent rules", "stricter inspections"], quotes.Select(q => q.Content.Text));
    }

    [Fact]
    public void Extract_ParticipleAfterMainClause_SpeakerIsTheMainSubject()
    {
        const string body = "The union walked out on Monday, accusing the board of ignoring safety reports.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("accusing", q.Cue.Text);
        Assert.Equal("The union", q.Speaker?.Text);
        Assert.StartsWith("the board of ignoring", q.Content.Text);
    }

    [Fact]
    public void Extract_StanceObject_EndsBeforeASubordinateClause()
    {
        const string body = "Rivera opposes the new toll, although she voted for the road in 2019.";

        var quotes = Extract(body);

        Assert.Equal("the new toll", quotes[0].Content.Text);
        Assert.Equal("opposes", quotes[0].Cue.Text);
    }

    [Fact]
    public void Extract_AgentlessPassiveWithComplement_StanceWithoutSpeaker()
    {
        const string body = "The contractor was accused of inflating the costs of the new bridge.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("accused", q.Cue.Text);
        Assert.Equal("inflating the costs of the new bridge", q.Content.Text);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Extract_PassiveWithoutComplement_IsNotAStance()
    {
        Assert.Empty(Extract("The goalkeeper was praised after the match in Leeds."));
    }

    [Fact]
    public void Extract_CopulaAdjectivePreposition_StanceOfTheSubject()
    {
        const string body = "Local shop owners have been critical of the parking charges for months.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("critical", q.Cue.Text);
        Assert.Equal("Local shop owners", q.Speaker?.Text);
        Assert.StartsWith("the parking charges", q.Content.Text);
    }

    [Fact]
    public void Extract_AdjectiveWithoutCopula_IsNotAStance()
    {
        Assert.Empty(Extract("A critical review of the hospital budget arrived on Monday."));
    }

    [Fact]
    public void Extract_OpinionNounWithoutHolder_SpeakerNull()
    {
        const string body = "The plan drew sharp criticism of its cost from across the council.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("criticism", q.Cue.Text);
        Assert.Null(q.Speaker);
        Assert.StartsWith("its cost", q.Content.Text);
    }

    [Fact]
    public void Extract_HolderModifierNoun_OneModifierAllowed()
    {
        const string body = "Few people shared her famous enthusiasm for night trains.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("enthusiasm", q.Cue.Text);
        Assert.Equal("her", q.Speaker?.Text);
        Assert.Equal("night trains", q.Content.Text);
    }

    [Fact]
    public void Extract_NounCompoundEndingInAnSForm_IsNotAStance()
    {
        Assert.Empty(Extract("Staff had to meet sales targets every quarter."));
        Assert.Empty(Extract("Several economic development projects stalled last year."));
    }

    [Fact]
    public void Extract_SForm_NeedsASingularDeterminedSubject()
    {
        var q = Assert.Single(Extract("The parish council opposes the sale of the car park."));

        Assert.Equal("opposes", q.Cue.Text);
        Assert.Equal("the sale of the car park", q.Content.Text);
    }

    [Fact]
    public void Extract_ReducedRelativeWithAnAdjunct_IsNotAStance()
    {
        Assert.Empty(Extract("Traces of lead found in the school pipes worried parents."));
    }

    [Fact]
    public void Extract_RaisingVerbThenStanceInfinitive_SubjectOfTheFirstVerb()
    {
        const string body = "The minister appeared to blame the drivers for the strike.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("blame", q.Cue.Text);
        Assert.Equal("The minister", q.Speaker?.Text);
        Assert.StartsWith("the drivers", q.Content.Text);
    }

    [Fact]
    public void Extract_ContractedPronounAndCopula_SpeakerIsThePronoun()
    {
        const string body = "Dana Ortiz runs the food bank.\n\nShe’s worried that donations will fall again this winter.";
        var dana = Entity(body, EntityType.Person, "Dana Ortiz");

        var q = Assert.Single(Extract(body, dana));

        Assert.Equal("worried", q.Cue.Text);
        Assert.Equal("She", q.Speaker?.Text);
        Assert.Equal(0, q.SpeakerEntity);
        Assert.Equal("donations will fall again this winter", q.Content.Text);
    }

    [Fact]
    public void Extract_ParticipleAfterAClosingMark_StillTakesTheMainSubject()
    {
        const string body = "Amy Reyes left the meeting early, “furious and tired,” comparing the tram to a costly toy.";

        var quotes = Extract(body);

        var q = Assert.Single(quotes, q => q.Cue.Text == "comparing");
        Assert.Equal("Amy Reyes", q.Speaker?.Text);
        Assert.StartsWith("the tram to a costly toy", q.Content.Text);
    }

    [Fact]
    public void Extract_NonClauseBeforeAccordingTo_IsStillSourced()
    {
        const string body = "As of June, nearly a third of the county's bridges need repairs, according to the state highway agency.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("according to", q.Cue.Text);
        Assert.Equal("the state highway agency", q.Speaker?.Text);
        Assert.EndsWith("need repairs", q.Content.Text);
    }
}
