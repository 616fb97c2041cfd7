namespace NewsApi.Extraction.Tests.Quotes;

using static QuoteTestKit;

public class DirectQuoteTests
{
    [Fact]
    public void Extract_QuoteThenSpeakerSaid_AttributesDirectQuote()
    {
        const string body = "“We will rebuild the bridge by spring,” Mayor Ana Lopez said on Monday.";

        var q = Assert.Single(Extract(body));

        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("We will rebuild the bridge by spring,", q.Content.Text);
        Assert.Equal("Ana Lopez", q.Speaker?.Text);
        Assert.Equal("said", q.Cue.Text);
    }

    [Fact]
    public void Extract_QuoteThenSaidSpeaker_AttributesInvertedOrder()
    {
        const string body = "\"The budget is balanced for the first time in a decade,\" said Finance Minister Peter Hall.";

        var q = Assert.Single(Extract(body));

        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Peter Hall", q.Speaker?.Text);
        Assert.Equal("said", q.Cue.Text);
    }

    [Fact]
    public void Extract_SpeakerToldColonQuote_AttributesQuoteAfterCue()
    {
        const string body = "The coach told reporters: “We played our best game of the season.”";

        var q = Assert.Single(Extract(body));

        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("We played our best game of the season.", q.Content.Text);
        Assert.Equal("The coach", q.Speaker?.Text);
        Assert.Equal("told", q.Cue.Text);
    }

    [Fact]
    public void Extract_QuestionMarkThenAsked_CrossesTheSentenceBreak()
    {
        const string body = "“Who will pay for the new stadium in the end?” Councillor Ruth Ames asked.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("Who will pay for the new stadium in the end?", q.Content.Text);
        Assert.Equal("Ruth Ames", q.Speaker?.Text);
        Assert.Equal("asked", q.Cue.Text);
    }

    [Fact]
    public void Extract_SplitQuote_BothHalvesGetTheSpeaker()
    {
        const string body = "“The river rose faster than anyone expected,” Jones said, “and the levees could not hold it back.”";

        var quotes = Extract(body);

        Assert.Equal(["The river rose faster than anyone expected,", "and the levees could not hold it back."],
            quotes.Select(q => q.Content.Text));
        Assert.All(quotes, q => Assert.Equal("Jones", q.Speaker?.Text));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Fact]
    public void Extract_QuoteReopenedInNextParagraph_ContinuesWithTheSameSpeaker()
    {
        const string body = "Jones said: “The river rose faster than anyone expected this year.\n\n“We will need federal help to rebuild the town.”";

        var quotes = Extract(body);

        Assert.Equal(["The river rose faster than anyone expected this year.", "We will need federal help to rebuild the town."],
            quotes.Select(q => q.Content.Text));
        Assert.Equal([0, 1], quotes.Select(q => q.ParagraphIndex));
        Assert.All(quotes, q => Assert.Equal("Jones", q.Speaker?.Text));
    }

    [Fact]
    public void Extract_WhollyQuotedSentenceAfterAttributedQuote_InheritsTheSpeaker()
    {
        const string body = "“Prices will keep rising this winter,” the economist said. “Households should plan for that now.”";

        var quotes = Extract(body);

        Assert.Equal(2, quotes.Count);
        Assert.Equal("Households should plan for that now.", quotes[1].Content.Text);
        Assert.Equal("the economist", quotes[1].Speaker?.Text);
    }

    [Theory]
    [InlineData("«Nous allons reconstruire le pont,» a minister said.", "Nous allons reconstruire le pont,")]
    [InlineData("„Wir bauen die Brücke wieder auf“, a minister said.", "Wir bauen die Brücke wieder auf")]
    [InlineData("``We will rebuild the old bridge,'' a minister said.", "We will rebuild the old bridge,")]
    public void Extract_GuillemetsLowMarksAndBackticks_AreQuoteMarks(string body, string content)
    {
        var q = Assert.Single(Extract(body));

        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(content, q.Content.Text);
        Assert.Equal("a minister", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_QuoteShorterThanFourWords_IsDropped()
    {
        Assert.Empty(Extract("“Absolutely not,” she said."));
    }

    [Fact]
    public void Extract_FirstPersonSpeaker_IsNotAttributed()
    {
        Assert.Empty(Extract("“We can still win this election,” I said."));
    }

    [Fact]
    public void Extract_UnattributedQuote_IsDropped()
    {
        Assert.Empty(Extract("The museum opened a show called “The Long Road Home From War” last week."));
    }

    [Fact]
    public void Extract_TranscriptLine_AttributesToTheNameBeforeTheColon()
    {
        const string body = "WALLACE: Let me ask you about the debate tomorrow night.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("WALLACE", q.Speaker?.Text);
        Assert.Equal(":", q.Cue.Text);
        Assert.Equal("Let me ask you about the debate tomorrow night", q.Content.Text);
    }
}
