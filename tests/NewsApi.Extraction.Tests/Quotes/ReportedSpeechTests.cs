namespace NewsApi.Extraction.Tests.Quotes;

using static QuoteTestKit;

public class ReportedSpeechTests
{
    [Fact]
    public void Extract_SpeakerSaidThat_IndirectQuoteAfterThat()
    {
        const string body = "The minister said that the new rail line would open next year.";

        var q = Assert.Single(Extract(body));

        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("the new rail line would open next year", q.Content.Text);
        Assert.Equal("The minister", q.Speaker?.Text);
        Assert.Equal("said", q.Cue.Text);
    }

    [Fact]
    public void Extract_SpeakerSaidWithoutThat_IndirectQuoteAfterCue()
    {
        const string body = "Officials said the storm had damaged more than 300 homes.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("the storm had damaged more than 300 homes", q.Content.Text);
        Assert.Equal("Officials", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_SaidOnWednesdayThat_SkipsTheAdjunct()
    {
        const string body = "The agency said on Wednesday that exports fell for a third month.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("exports fell for a third month", q.Content.Text);
        Assert.Equal("The agency", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_ClauseThenHeSaid_IndirectQuoteBeforeCue()
    {
        const string body = "The talks have made real progress over the past week, he said.";

        var q = Assert.Single(Extract(body));

        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("The talks have made real progress over the past week", q.Content.Text);
        Assert.Equal("he", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_AddingThat_SpeakerIsTheSubjectOfTheMainClause()
    {
        const string body = "Smith visited the factory on Tuesday, adding that the plant would hire 200 workers.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("the plant would hire 200 workers", q.Content.Text);
        Assert.Equal("adding", q.Cue.Text);
        Assert.Equal("Smith", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_SaidThenAddingThat_GivesTwoQuotesWithOneSpeaker()
    {
        const string body = "The economy is recovering slowly, the governor said, adding that unemployment would fall next year.";

        var quotes = Extract(body);

        Assert.Equal(["The economy is recovering slowly", "unemployment would fall next year"], quotes.Select(q => q.Content.Text));
        Assert.Equal(["said", "adding"], quotes.Select(q => q.Cue.Text));
        Assert.All(quotes, q => Assert.Equal("the governor", q.Speaker?.Text));
    }

    [Fact]
    public void Extract_ClauseThenAccordingTo_SpeakerFollowsTheCue()
    {
        const string body = "The company lost $2 billion last year, according to the annual report.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("The company lost $2 billion last year", q.Content.Text);
        Assert.Equal("according to", q.Cue.Text);
        Assert.Equal("the annual report", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_AccordingToFirst_ContentFollowsTheSource()
    {
        const string body = "According to the police report, the driver was speeding at the time.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("the driver was speeding at the time", q.Content.Text);
        Assert.Equal("the police report", q.Speaker?.Text);
    }

    [Fact]
    public void Extract_ReportedClauseWithQuotedFragment_IsMixed()
    {
        const string body = "The senator said the bill was “a gift to polluters” and would not pass.";

        var q = Assert.Single(Extract(body));

        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("the bill was “a gift to polluters” and would not pass", q.Content.Text);
    }

    [Fact]
    public void Extract_AttributionInsideTheSentence_TakesBothSides()
    {
        const string body = "The new museum, Mr. Obama said, would make visitors face uncomfortable truths.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("Mr. Obama", q.Speaker?.Text);
        Assert.StartsWith("The new museum", q.Content.Text, StringComparison.Ordinal);
        Assert.EndsWith("uncomfortable truths", q.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SpeakerMadeItClear_UsesThePhraseAsCue()
    {
        const string body = "The chancellor, however, made it clear that taxes would not rise before the election.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("made it clear", q.Cue.Text);
        Assert.Equal("The chancellor", q.Speaker?.Text);
        Assert.Equal("taxes would not rise before the election", q.Content.Text);
    }

    [Fact]
    public void Extract_UnnamedSource_KeepsTheSpeakerWithoutEntity()
    {
        const string body = "The plant will close in March, a company spokesman said.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("a company spokesman", q.Speaker?.Text);
        Assert.Null(q.SpeakerEntity);
    }

    [Fact]
    public void Extract_MediaReportsThat_SpeakerIsMediaWithoutEntity()
    {
        const string body = "The recall followed media reports that the brakes had failed in two cars.";

        var q = Assert.Single(Extract(body));

        Assert.Equal("media", q.Speaker?.Text);
        Assert.Equal("reports", q.Cue.Text);
        Assert.Null(q.SpeakerEntity);
    }

    [Fact]
    public void Extract_NounUseOfCue_IsNotAQuote()
    {
        Assert.Empty(Extract("The recall followed reports that the brakes had failed in two cars."));
        Assert.Empty(Extract("Police searched the said premises on Friday morning."));
    }

    [Fact]
    public void Extract_CueWithNounObjectOnly_IsNotAQuote()
    {
        Assert.Empty(Extract("The president highlighted the close ties between the two countries."));
    }

    [Fact]
    public void Extract_ApostrophesInWords_AreNotQuoteMarks()
    {
        const string body = "The company’s chief said the workers’ union had rejected the offer.";

        var q = Assert.Single(Extract(body));

        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("the workers’ union had rejected the offer", q.Content.Text);
    }
}
