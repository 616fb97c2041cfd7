namespace NewsApi.Extraction.Tests.Quotes;

using static QuoteTestKit;

/// <summary>Title-case headlines: "Speaker Says Content" and "Content, Speaker Says".</summary>
public class HeadlineTests
{
    [Fact]
    public void Extract_HeadlineSpeakerVerbContent()
    {
        const string body = "Harbour Board Warns Ferry Fares Will Double Next Spring\n\nThe board met on Tuesday.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("Harbour Board", q.Speaker?.Text);
        Assert.Equal("Warns", q.Cue.Text);
        Assert.Equal("Ferry Fares Will Double Next Spring", q.Content.Text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
    }

    [Fact]
    public void Extract_HeadlineContentThenSpeakerSays()
    {
        const string body = "Flood Defences Were Never Finished, Former Engineer Says\n\nThe report follows.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("Former Engineer", q.Speaker?.Text);
        Assert.Equal("Flood Defences Were Never Finished", q.Content.Text);
    }

    [Fact]
    public void Extract_HeadlineWithoutACue_NoQuote()
    {
        Assert.Empty(Extract("Storm Closes Schools Across Northern Counties\n\nClasses resume on Monday."));
    }
}
