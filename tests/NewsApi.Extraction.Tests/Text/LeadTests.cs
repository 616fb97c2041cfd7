using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Text;

public class LeadTests
{
    [Theory]
    [InlineData("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON", "Reuters")]
    [InlineData("LONDON, June 3 (AP) — Prime Minister Jane Doe resigned.", "LONDON", "AP")]
    [InlineData("LOS ANGELES, Sept. 28 (UPI) — A preview clip was released.", "LOS ANGELES", "UPI")]
    [InlineData("TEHRAN (Tasnim) – Officials met in the capital.", "TEHRAN", "Tasnim")]
    public void Parse_WireLead_ReturnsDatelineAndSourceSpans(string body, string dateline, string source)
    {
        var lead = Lead.Parse(body);

        Assert.Equal(dateline, lead.Dateline?.Text);
        Assert.Equal(source, lead.Source?.Text);
        Assert.Equal(dateline, body[lead.Dateline!.Value.Start..lead.Dateline.Value.End]);
        Assert.Equal(source, body[lead.Source!.Value.Start..lead.Source.Value.End]);
    }

    [Fact]
    public void Parse_DatelineWithoutSource_ReturnsDatelineOnly()
    {
        var lead = Lead.Parse("BEIRUT — Rockets hit the southern suburbs overnight.");

        Assert.Equal("BEIRUT", lead.Dateline?.Text);
        Assert.Null(lead.Source);
    }

    [Theory]
    [InlineData("The Senate voted on Tuesday to extend the program.")]
    [InlineData("NATO allies met in Brussels on Monday - and agreed.")]
    [InlineData("")]
    public void Parse_NoLead_ReturnsNone(string body)
    {
        Assert.Same(Lead.None, Lead.Parse(body));
    }
}
