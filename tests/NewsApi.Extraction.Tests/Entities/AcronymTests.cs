using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tests.Entities;

public sealed class AcronymTests
{
    static bool Matches(string name, string acronym)
    {
        var doc = new NerDocument(name, Gazetteer.Default);
        return SpanRules.InitialsMatch(doc, 0, doc.Count, acronym);
    }

    [Theory]
    [InlineData("North Atlantic Treaty Organization", "NATO")]
    [InlineData("Supreme Court of the United States", "SCOTUS")]
    [InlineData("European Central Bank", "ECB")]
    [InlineData("Organization of the Petroleum Exporting Countries", "OPEC")]
    public void InitialsMatch_AcronymOfTheWords_IsAccepted(string name, string acronym) => Assert.True(Matches(name, acronym));

    [Theory]
    [InlineData("European Central Bank", "IMF")]
    [InlineData("World Health Organization", "HWO")]
    public void InitialsMatch_UnrelatedLetters_AreRejected(string name, string acronym) => Assert.False(Matches(name, acronym));
}
