using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests;

public class ParagraphsTests
{
    [Fact]
    public void Split_BlankLines_SeparateParagraphsWithExactSpans()
    {
        const string body = "First line\nstill first.\n\n\n  Second one.  \n\nThird.";

        var paragraphs = Paragraphs.Split(body);

        Assert.Equal(["First line\nstill first.", "Second one.", "Third."],
            paragraphs.Select(p => body[p.Start..p.End]));
        Assert.Equal([0, 1, 2], paragraphs.Select(p => p.Index));
    }
}
