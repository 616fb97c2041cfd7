using NewsApi.Search;

namespace NewsApi.Tests.Search;

/// <summary>How the exclusions people type become FTS5's binary NOT (pure translation, no database).</summary>
public sealed class SearchSyntaxTests
{
    [Theory]
    [InlineData("Khosravi AND NOT Shamkhani", "Khosravi NOT Shamkhani")]
    [InlineData("Khosravi -Shamkhani", "Khosravi NOT Shamkhani")]
    [InlineData("Khosravi - Shamkhani", "Khosravi NOT Shamkhani")]
    [InlineData("Khosravi AND -Shamkhani", "Khosravi NOT Shamkhani")]
    [InlineData("-Shamkhani Khosravi", "Khosravi NOT Shamkhani")]
    [InlineData("NOT Shamkhani Khosravi", "Khosravi NOT Shamkhani")]
    [InlineData("-iran -russia syria airbase", "syria NOT iran NOT russia airbase")]
    [InlineData("-iran AND syria", "syria NOT iran")]
    [InlineData("syria -\"strategic partnership\"", "syria NOT \"strategic partnership\"")]
    [InlineData("syria -terror*", "syria NOT terror*")]
    [InlineData("syria -(iran OR russia)", "syria NOT (iran OR russia)")]
    [InlineData("(syria -iran) OR moscow", "(syria NOT iran) OR moscow")]
    [InlineData("syria -iran -title:russia", "syria NOT iran -title:russia")]
    [InlineData("a AND b AND NOT c", "a AND b NOT c")]
    public void Exclusions_BecomeBinaryNot(string typed, string fts5)
    {
        Assert.Equal(new SearchSyntax.Translation(fts5, null), SearchSyntax.Translate(typed));
    }

    [Theory]
    [InlineData("syria")]
    [InlineData("Khosravi NOT Shamkhani")]
    [InlineData("\"strategic partnership\" OR airbase")]
    [InlineData("(Moscow OR Damascus) AND partnership")]
    [InlineData("title:cose")]
    [InlineData("{title body}:cose")]
    [InlineData("-title:iran")]
    [InlineData("- {title} : iran")]
    [InlineData("^Iran")]
    [InlineData("terror* + ist")]
    [InlineData("NEAR(iran syria, 5)")]
    [InlineData("\"say \"\"hi\"\"\" OR hello")]
    [InlineData("anti-terrorism")]
    [InlineData("\"unclosed -iran")]
    [InlineData("(syria -iran")]
    [InlineData("'; DROP TABLE articles; --")]
    public void EverythingElse_PassesThroughAsWritten_ForFts5ToAcceptOrRefuse(string typed)
    {
        var translation = SearchSyntax.Translate(typed);

        Assert.Equal(new SearchSyntax.Translation(typed, null), translation);
    }

    [Theory]
    [InlineData("-iran", "q only excludes (-iran)")]
    [InlineData("NOT iran", "q only excludes (NOT iran)")]
    [InlineData("-iran -russia", "q only excludes (-iran …)")]
    [InlineData("syria OR -iran", "q has '-iran' right after OR")]
    [InlineData("-iran OR syria", "q has '-iran' first")]
    [InlineData("syria (-iran)", "q only excludes (-iran)")]
    public void ExclusionWithNothingToExcludeFrom_SaysWhy(string typed, string start)
    {
        var translation = SearchSyntax.Translate(typed);

        Assert.Null(translation.Query);
        Assert.StartsWith(start, translation.Error, StringComparison.Ordinal);
        Assert.Contains("syria -iran", translation.Error, StringComparison.Ordinal);
    }
}
