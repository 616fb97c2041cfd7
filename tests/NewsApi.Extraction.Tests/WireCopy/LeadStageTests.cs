using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.WireCopy;

using static WireCopyKit;

public class LeadStageTests
{
    [Theory]
    [InlineData("KAMPALA (AP) — Fuel trucks reached the border town on Sunday, the port authority said.", "KAMPALA", "AP")]
    [InlineData("OSLO (NTB) - Ferry traffic resumed on Monday after the storm passed, the operator said.", "OSLO", "NTB")]
    [InlineData("Lima, March 9 (EFE) – Copper exports climbed for a third month, the trade ministry said.", "Lima", "EFE")]
    [InlineData("QUITO ― Rescue teams pulled two hikers from the crater, the fire service said.", "QUITO", null)]
    [InlineData("Headline about a port\n\nDAKAR (Reuters) -- Dock workers ended their strike overnight, the union said.", "DAKAR", "Reuters")]
    public void Extract_WireDateline_IsMetadataNeverQuoteContent(string body, string dateline, string? source)
    {
        var article = Extract(body);

        Assert.Equal(dateline, article.Dateline);
        Assert.Equal(source, article.Source);
        var quote = article.QuoteWithCue("said");
        var lead = Lead.Parse(body);
        Assert.True(quote.Content.Start >= lead.End, $"content '{quote.Content.Text}' starts inside the lead");
        Assert.False(quote.Content.Text.Contains(dateline, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SecondPlaceLineAfterTheDateline_IsPartOfTheLead()
    {
        var article = Extract("RIGA (LETA) – TALLINN ― Border guards reopened the crossing on Friday, officials said.");

        var quote = article.QuoteWithCue("said");
        Assert.Equal("Border guards reopened the crossing on Friday", quote.Content.Text);
    }

    [Fact]
    public void Extract_Byline_NamesTheAgencyAndNoPerson()
    {
        const string body = "By Tomas Lindqvist, Associated Press\n\nSTOCKHOLM — The central bank held rates steady on Thursday, its governor said.";

        var article = Extract(body);

        Assert.Equal("Associated Press", article.Source);
        Assert.DoesNotContain(article.Entities, e => e.Name.Contains("Lindqvist", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AP")]
    [InlineData("EFE")]
    [InlineData("IRNA")]
    [InlineData("PAP")]
    public void Extract_AgencyInTheDateline_IsAnOrganisationWithItsCasing(string agency)
    {
        var article = Extract($"MINSK ({agency}) — Farmers protested outside parliament on Tuesday, organisers said.");

        var entity = Assert.Single(article.Entities, e => e.Name.Equals(agency, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(agency, entity.Name);
        Assert.Equal(EntityType.Organization, entity.Type);
    }

    [Fact]
    public void Extract_AgenciesCreditedInTheText_AreOrganisations()
    {
        var article = Extract("Ukrainian officials confirmed the strike. Both EFE and IRNA carried the report later that day.");

        Assert.Contains(article.Entities, e => e is { Name: "EFE", Type: EntityType.Organization });
        Assert.Contains(article.Entities, e => e is { Name: "IRNA", Type: EntityType.Organization });
    }
}
