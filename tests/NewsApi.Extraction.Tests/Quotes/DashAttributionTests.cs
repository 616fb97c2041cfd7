namespace NewsApi.Extraction.Tests.Quotes;

using static QuoteTestKit;

/// <summary>Quotations signed after the closing mark: “…” ― Name.</summary>
public class DashAttributionTests
{
    [Fact]
    public void Extract_QuoteThenDashName_DirectQuoteOfThatName()
    {
        const string body = "“The buses never come on time and nobody answers the phone.” ― Rosa Whitfield\n\n“I have waited forty minutes every single morning.” — Tom K. Ashby.";

        var quotes = Extract(body);

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.Equal("Rosa Whitfield", quotes[0].Speaker?.Text);
        Assert.Equal("The buses never come on time and nobody answers the phone.", quotes[0].Content.Text);
        Assert.Equal("Tom K. Ashby", quotes[1].Speaker?.Text);
        Assert.Equal("—", quotes[1].Cue.Text);
    }

    [Fact]
    public void Extract_DashThenOrdinaryText_IsNoSignature()
    {
        var quotes = Extract("Critics dismissed “a plan without any money behind it” — Parliament will vote on it in June.");

        Assert.DoesNotContain(quotes, q => q.Cue.Text == "—" || q.Speaker?.Text == "Parliament");
    }
}
