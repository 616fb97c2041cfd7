using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Entities;

public sealed class EntityRecognizerTests
{
    static readonly EntityRecognizer Recognizer = EntityRecognizer.CreateDefault();

    static IReadOnlyList<ExtractedEntity> Recognize(string body, string title = "", Lead? lead = null) =>
        Recognizer.Recognize(title, body, lead ?? Lead.None);

    static ExtractedEntity Entity(IReadOnlyList<ExtractedEntity> entities, string name) =>
        Assert.Single(entities, e => e.Name == name);

    [Fact]
    public void Recognize_PossessiveCountry_MentionExcludesApostropheS()
    {
        const string body = "Germany's finance minister said on Friday that Germany\u2019s budget would be balanced.";
        var germany = Entity(Recognize(body), "Germany");
        Assert.Equal(EntityType.Location, germany.Type);
        Assert.Equal([0, 47], germany.Mentions.Select(m => m.Span.Start));
        Assert.All(germany.Mentions, m => Assert.Equal("Germany", m.Span.Text));
    }

    [Fact]
    public void Recognize_Demonym_IsNotAMentionOfTheCountry()
    {
        var entities = Recognize("French troops arrived in Mali on Monday. The French government said France would stay.");
        var france = Entity(entities, "France");
        Assert.Single(france.Mentions);
        Assert.DoesNotContain(entities, e => e.Name == "French");
    }

    [Fact]
    public void Recognize_AcronymDefinedInParentheses_IsAliasOfLongName()
    {
        const string title = "IAEA inspectors return";
        const string body = "The International Atomic Energy Agency (IAEA) said on Monday its inspectors had left. " +
                            "The IAEA will report to the board next week.";
        var agency = Entity(Recognize(body, title), "International Atomic Energy Agency");
        Assert.Equal(EntityType.Organization, agency.Type);
        Assert.Equal(["IAEA"], agency.Aliases);
        Assert.Equal(["T:IAEA", "B:International Atomic Energy Agency", "B:IAEA", "B:IAEA"],
            agency.Mentions.Select(m => (m.Field == TextField.Title ? "T:" : "B:") + m.Span.Text));
    }

    [Fact]
    public void Recognize_SurnameAfterFullName_IsAliasOfThePerson()
    {
        const string body = "Chancellor Angela Merkel met union leaders in Berlin on Tuesday. " +
                            "Merkel told reporters the talks had been constructive.";
        var entities = Recognize(body);
        var merkel = Entity(entities, "Angela Merkel");
        Assert.Equal(EntityType.Person, merkel.Type);
        Assert.Equal(["Merkel"], merkel.Aliases);
        Assert.Equal(2, merkel.Mentions.Count);
        Assert.DoesNotContain(entities, e => e.Name == "Merkel");
    }

    [Fact]
    public void Recognize_PersonTitle_IsNotPartOfTheName()
    {
        var lavrov = Entity(Recognize("Foreign Minister Sergei Lavrov said the meeting in Geneva was useful."), "Sergei Lavrov");
        Assert.Equal(17, lavrov.Mentions[0].Span.Start);
    }

    [Fact]
    public void Recognize_MisspeltTitleBeforePerson_IsNotPartOfAnyEntity()
    {
        var entities = Recognize("The NATO Secertary General Jens Stoltenberg met ministers in Brussels on Friday.");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Secertary"));
        Assert.Equal(EntityType.Person, Entity(entities, "Jens Stoltenberg").Type);
    }

    [Theory]
    [InlineData("Secreatry", "Secretary", true)]
    [InlineData("Minster", "Minister", true)]
    [InlineData("Presidnet", "President", true)]
    [InlineData("Premiers", "Premier", true)]
    [InlineData("Senators", "Spokesman", false)]
    public void WithinOneEdit_TypoOfTitle_IsDetected(string word, string title, bool expected) =>
        Assert.Equal(expected, SpanRules.WithinOneEdit(word, title));

    [Fact]
    public void Recognize_AlsoKnownAs_MakesOneEntityWithAliases()
    {
        const string body = "Fighters from the Islamic State West Africa Province (also known as ISWAP or ISWA) attacked a base in Nigeria.";
        var entities = Recognize(body);
        var group = Assert.Single(entities, e => e.Aliases.Contains("ISWAP"));
        Assert.Equal(EntityType.Organization, group.Type);
        Assert.Contains("ISWA", group.Aliases);
        Assert.DoesNotContain(entities, e => e.Name is "ISWAP" or "ISWA");
    }

    [Fact]
    public void Recognize_DatelineFromLead_IsMentionOfTheCityInTitleCase()
    {
        const string body = "ANKARA (Anadolu) - Turkish officials said on Sunday that talks with Greece would resume.";
        var lead = new Lead(TextSpan.Of(body, 0, 6), TextSpan.Of(body, 8, 15));
        var entities = Recognize(body, lead: lead);
        var ankara = Entity(entities, "Ankara");
        Assert.Equal(EntityType.Location, ankara.Type);
        Assert.Equal(new TextSpan(0, 6, "ANKARA"), Assert.Single(ankara.Mentions).Span);
        Assert.Equal(EntityType.Organization, Entity(entities, "Anadolu").Type);
    }

    [Fact]
    public void Recognize_AllCapsDatelineWithoutLead_IsStillTheCity()
    {
        var entities = Recognize("WASHINGTON - The Senate voted on Thursday to extend the program.");
        Assert.Equal(EntityType.Location, Entity(entities, "Washington").Type);
    }

    [Fact]
    public void Recognize_BodyEntityInTitle_IsATitleMention()
    {
        const string title = "Brazil and Argentina sign trade pact";
        const string body = "Brazil and Argentina signed a trade agreement on Monday, officials in Brasilia said.";
        var brazil = Entity(Recognize(body, title), "Brazil");
        Assert.Equal([TextField.Title, TextField.Body], brazil.Mentions.Select(m => m.Field));
        Assert.Equal(new TextSpan(0, 6, "Brazil"), brazil.Mentions[0].Span);
    }

    [Fact]
    public void Recognize_DatesAndWeekdays_AreNotEntities()
    {
        var entities = Recognize("The war began in March 2011 and talks resumed on Wednesday in Vienna.");
        Assert.DoesNotContain(entities, e => e.Name.Contains("March") || e.Name.Contains("Wednesday"));
        Assert.Equal(EntityType.Location, Entity(entities, "Vienna").Type);
    }

    [Fact]
    public void Recognize_ModelDesignation_IsOther()
    {
        var entities = Recognize("The air force will buy twelve MiG-29 fighters and upgrade its MiG-29 fleet.");
        var mig = Entity(entities, "MiG-29");
        Assert.Equal(EntityType.Other, mig.Type);
        Assert.Equal(2, mig.Mentions.Count);
    }

    [Fact]
    public void Recognize_SameCountryUnderTwoNames_IsOneEntity()
    {
        var entities = Recognize("The United States imposed new sanctions. U.S. officials said more would follow.");
        var us = Entity(entities, "United States");
        Assert.Equal(["U.S."], us.Aliases);
    }

    [Fact]
    public void Recognize_EveryMention_SpansExactlyItsTextInItsField()
    {
        const string title = "\u201cNo deal\u201d: EU\u2019s Barnier warns London";
        const string body = "BRUSSELS \u2013 The European Union\u2019s chief negotiator Michel Barnier said on Friday that " +
                            "\u201cno deal\u201d remained possible, as Britain\u2019s Prime Minister Boris Johnson met the " +
                            "Confederation of British Industry (CBI) in London.\n\nBarnier and Johnson will meet again in Brussels.";
        var entities = Recognize(body, title);
        Assert.NotEmpty(entities);
        foreach (var mention in entities.SelectMany(e => e.Mentions))
        {
            var field = mention.Field == TextField.Title ? title : body;
            Assert.Equal(mention.Span.Text, field[mention.Span.Start..mention.Span.End]);
            Assert.False(mention.Span.Text.EndsWith("s", StringComparison.Ordinal) && mention.Span.Text.EndsWith("\u2019s", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Recognize_CalledFromManyThreads_GivesTheSameResult()
    {
        const string body = "Prime Minister Narendra Modi visited Tokyo, where Modi met Japanese business leaders.";
        var expected = Describe(Recognize(body));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Describe(Recognize(body)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    static string Describe(IReadOnlyList<ExtractedEntity> entities) =>
        string.Join(";", entities.Select(e => $"{e.Name}/{e.Type}/{string.Join(",", e.Mentions.Select(m => m.Span.Start))}"));
}
