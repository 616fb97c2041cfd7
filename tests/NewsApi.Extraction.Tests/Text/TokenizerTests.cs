using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("Germany's economy", new[] { "Germany", "'s", "economy" })]
    [InlineData("France\u2019s army", new[] { "France", "\u2019s", "army" })]
    [InlineData("the club's.", new[] { "the", "club", "'s", "." })]
    public void Tokenize_Possessive_IsOwnToken(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void Tokenize_ApostropheInsideName_StaysInWord() =>
        Assert.Equal(["Sinead", "O'Connor", "didn't", "sing"], Words("Sinead O'Connor didn't sing"));

    [Fact]
    public void Tokenize_HyphenatedDesignation_IsOneToken() =>
        Assert.Equal(["two", "MiG-29", "jets", "and", "an", "Su-25SM3"], Words("two MiG-29 jets and an Su-25SM3"));

    [Fact]
    public void Tokenize_AbbreviationsAndInitials_KeepTheirPeriods() =>
        Assert.Equal(["the", "U.S.", "envoy", "Mr.", "J.", "Smith", "left", "."], Words("the U.S. envoy Mr. J. Smith left."));

    [Fact]
    public void Tokenize_AbbreviationBeforeHyphen_StaysOneToken() =>
        Assert.Equal(["a", "U.S.-led", "force"], Words("a U.S.-led force"));

    [Fact]
    public void Tokenize_CurlyQuotesAndDashes_ArePunctuationTokens()
    {
        var text = "\u201cYes,\u201d she said \u2013 twice \u2014 ok";
        Assert.Equal(["\u201c", "Yes", ",", "\u201d", "she", "said", "\u2013", "twice", "\u2014", "ok"], Words(text));
        Assert.All(Tokenizer.Tokenize(text).Where(t => !char.IsLetter(text[t.Start])),
            t => Assert.Equal(TokenKind.Punctuation, t.Kind));
    }

    [Fact]
    public void Tokenize_NumbersAndDates_StayWhole() =>
        Assert.Equal(["3,000", "on", "1996-08-22", "at", "2.5", "%"], Words("3,000 on 1996-08-22 at 2.5%"));

    [Fact]
    public void Tokenize_SentenceEndPeriod_IsSeparate() =>
        Assert.Equal(["He", "left", "Paris", ".", "Then"], Words("He left Paris. Then"));

    [Fact]
    public void Tokenize_LineBreaks_MarkLineStart()
    {
        var tokens = Tokenizer.Tokenize("BERLIN 1996-08-22\nThe talks");
        Assert.Equal([true, false, true, false], tokens.Select(t => t.LineStart));
    }

    [Fact]
    public void Tokenize_EveryToken_IsItsExactSourceText()
    {
        const string text = "  Iran\u2019s \u00abenvoy\u00bb (IRNA) \u2013 said:\t\u201cNo\u2026\u201d 100-km U.S. \r\n Caf\u00e9 ";
        var tokens = Tokenizer.Tokenize(text);
        Assert.All(tokens, t =>
        {
            Assert.True(t.End > t.Start);
            Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End]));
        });
        Assert.Equal(text.Where(c => !char.IsWhiteSpace(c)), tokens.SelectMany(t => text[t.Start..t.End]));
    }
}
