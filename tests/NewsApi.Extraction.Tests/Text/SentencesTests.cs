using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Text;

public class SentencesTests
{
    static string[] Split(string text)
    {
        var sentences = Sentences.Split(text);
        foreach (var s in sentences) Assert.Equal(s.Text, text[s.Start..s.End]);
        return sentences.Select(s => s.Text).ToArray();
    }

    [Fact]
    public void Split_TitlesInitialsAndAcronyms_DoNotEndSentences()
    {
        Assert.Equal(["Mr. Smith met Gen. J. R. Allen at the U.S. Capitol on Friday.", "They talked for an hour."],
            Split("Mr. Smith met Gen. J. R. Allen at the U.S. Capitol on Friday. They talked for an hour."));
    }

    [Fact]
    public void Split_DecimalNumbers_DoNotEndSentences()
    {
        Assert.Equal(["Growth was 2.5 percent in March.", "Inflation fell."], Split("Growth was 2.5 percent in March. Inflation fell."));
    }

    [Fact]
    public void Split_QuoteMarkAfterPeriod_StaysWithItsSentence()
    {
        Assert.Equal(["He said “we won.”", "Then he left."], Split("He said “we won.” Then he left."));
    }

    [Fact]
    public void Split_AcronymBeforeSentenceOpener_EndsTheSentence()
    {
        Assert.Equal(["The talks moved to the U.S.", "The delegates arrived Monday."],
            Split("The talks moved to the U.S. The delegates arrived Monday."));
    }

    [Fact]
    public void Split_QuestionAndExclamation_EndSentences()
    {
        Assert.Equal(["Why now?", "Because we must!", "So we did."], Split("Why now? Because we must! So we did."));
    }

    [Fact]
    public void Split_AbbreviationThatIsAlsoAWord_EndsTheSentenceInLowerCase()
    {
        Assert.Equal(["The goalkeeper was ill.", "Doctors kept him home."], Split("The goalkeeper was ill. Doctors kept him home."));
        Assert.Equal(["She grew up in Springfield, Ill. and moved to Boston."], Split("She grew up in Springfield, Ill. and moved to Boston."));
    }

    [Fact]
    public void Tokenizer_AndSentenceSplitter_ShareOneAbbreviationList()
    {
        // "Blvd." was known to the splitter only, "Calif." to both: now one list serves the tokenizer too
        var tokens = Tokenizer.Tokenize("Sunset Blvd. in Los Angeles, Calif.");
        Assert.Contains(tokens, t => t.In("Sunset Blvd. in Los Angeles, Calif.").SequenceEqual("Blvd."));
        Assert.True(Lexicon.IsAbbreviation("Blvd"));
    }
}
