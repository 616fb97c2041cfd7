namespace NewsApi.Extraction.Tests.Quotes;

using static QuoteTestKit;

public class SpeakerResolutionTests
{
    [Fact]
    public void Extract_NamedSpeaker_PointsAtTheEntityWhoseMentionOverlaps()
    {
        const string body = "Deputy Mayor Rosa Diaz said the park would reopen in May.";
        var rosa = Entity(body, EntityType.Person, "Rosa Diaz");

        var q = Assert.Single(Extract(body, rosa));

        Assert.Equal("Rosa Diaz", q.Speaker?.Text);
        Assert.Equal(0, q.SpeakerEntity);
    }

    [Fact]
    public void Extract_SpeakerPhraseWithTitleAndOrganisation_NarrowsToThePerson()
    {
        const string body = "UNHCR envoy Lena Park said the camps were full.";
        var entities = new[] { Entity(body, EntityType.Organization, "UNHCR"), Entity(body, EntityType.Person, "Lena Park") };

        var q = Assert.Single(Extract(body, entities));

        Assert.Equal("Lena Park", q.Speaker?.Text);
        Assert.Equal(1, q.SpeakerEntity);
    }

    [Fact]
    public void Extract_SheSaid_ResolvesToTheNearestEarlierPerson()
    {
        const string body = "Maria Chen toured the flood zone on Friday.\n\nThe damage is far worse than anyone feared, she said.";
        var maria = Entity(body, EntityType.Person, "Maria Chen");

        var q = Assert.Single(Extract(body, maria));

        Assert.Equal("she", q.Speaker?.Text);
        Assert.Equal(0, q.SpeakerEntity);
        Assert.Equal(1, q.ParagraphIndex);
    }

    [Fact]
    public void Extract_HeSaid_PrefersAnEarlierSpeakerOverAMerelyMentionedPerson()
    {
        const string body = "“We need more nurses in rural hospitals,” Health Minister Tom Reyes said. " +
                            "The minister met Anna Bell later that day. He said the government would fund 500 new posts.";
        var entities = new[] { Entity(body, EntityType.Person, "Tom Reyes"), Entity(body, EntityType.Person, "Anna Bell") };

        var quotes = Extract(body, entities);

        Assert.Equal("He", quotes[^1].Speaker?.Text);
        Assert.Equal(0, quotes[^1].SpeakerEntity);
    }

    [Fact]
    public void Extract_ItSaid_ResolvesToTheNearestEarlierOrganisation()
    {
        const string body = "Acme Corp posted record sales on Monday. It said profits would double next year.";
        var acme = Entity(body, EntityType.Organization, "Acme Corp");

        var q = Assert.Single(Extract(body, acme));

        Assert.Equal("It", q.Speaker?.Text);
        Assert.Equal(0, q.SpeakerEntity);
    }

    [Fact]
    public void Extract_TheAgencySaid_ResolvesToTheOrganisationNamedByThatNoun()
    {
        const string body = "The Food Standards Agency and Brightfoods Ltd met on Monday. The agency said the recall would widen.";
        var entities = new[] { Entity(body, EntityType.Organization, "Food Standards Agency"), Entity(body, EntityType.Organization, "Brightfoods Ltd") };

        var q = Assert.Single(Extract(body, entities));

        Assert.Equal("The agency", q.Speaker?.Text);
        Assert.Equal(0, q.SpeakerEntity);
    }

    [Fact]
    public void Extract_PronounWithNoEarlierEntity_HasNoEntity()
    {
        var q = Assert.Single(Extract("He said the bridge would stay closed until June."));

        Assert.Null(q.SpeakerEntity);
    }

    [Fact]
    public void Resolve_SpeakerMentionOfAGroupOrEvent_KeepsItsWordsAndNoEntity()
    {
        const string body = "Democrats said the bill would fail in the Senate.";

        var q = Assert.Single(Extract(body, Entity(body, EntityType.Other, "Democrats")));

        Assert.Equal("Democrats", q.Speaker?.Text);
        Assert.Null(q.SpeakerEntity);
    }
}
