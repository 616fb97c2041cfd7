namespace NewsApi.Extraction.Entities;

/// <summary>Greedy left-to-right BILOU decoding with a perceptron scorer (shared by tagging and training).</summary>
internal static class NerTagger
{
    /// <summary>
    /// Labels every token of <paramref name="d"/>. <paramref name="score"/> fills label scores for a token's
    /// features; <paramref name="learn"/>, when given, sees each token's features and predicted label and returns
    /// the label to continue with (the gold one during training).
    /// </summary>
    public static int[] Decode(NerDocument d, Action<ReadOnlySpan<uint>, Span<float>> score,
        Func<int, ReadOnlySpan<uint>, int, int>? learn = null)
    {
        var labels = new int[d.Count];
        Span<uint> features = stackalloc uint[NerFeatures.Max];
        Span<float> scores = stackalloc float[NerLabels.Count];
        // Non-local feature: the type most often given to the same word earlier in the document.
        Dictionary<uint, int>? memory = null;
        int prev = NerLabels.O, prev2 = NerLabels.O;
        for (var i = 0; i < d.Count; i++)
        {
            var documentType = -1;
            if ((d.Flags[i] & NerDocument.InitialCapital) != 0 && memory is not null && memory.TryGetValue(d.Exact[i], out var packed))
                documentType = Best(packed);
            var n = NerFeatures.Extract(d, i, prev, prev2, documentType, features);
            score(features[..n], scores);
            var best = 0;
            for (var j = 1; j < NerLabels.Count; j++)
                if (scores[j] > scores[best]) best = j;
            var label = Repair(labels, i, prev, learn is null ? best : learn(i, features[..n], best));
            labels[i] = label;
            if (label != NerLabels.O)
            {
                memory ??= new Dictionary<uint, int>();
                var type = (int)NerLabels.TypeOf(label);
                memory[d.Exact[i]] = memory.GetValueOrDefault(d.Exact[i]) + (1 << (8 * type));
            }
            prev2 = prev;
            prev = label;
        }
        return labels;
    }

    // Unconstrained argmax, then made a valid BILOU sequence: a span that the best label does not continue is
    // closed at the previous token, and a continuation without an opening becomes one. Forcing continuations
    // instead would let one wrong B swallow the rest of the sentence.
    static int Repair(int[] labels, int i, int prev, int label)
    {
        if (NerLabels.Allowed(prev, label)) return label;
        if (NerLabels.PartOf(prev) is 1 or 2)
            labels[i - 1] = NerLabels.PartOf(prev) == 1 ? NerLabels.Unit(NerLabels.TypeOf(prev)) : NerLabels.Last(NerLabels.TypeOf(prev));
        if (NerLabels.PartOf(label) is 2) return NerLabels.Begin(NerLabels.TypeOf(label));
        if (NerLabels.PartOf(label) is 3) return NerLabels.Unit(NerLabels.TypeOf(label));
        return label;
    }

    // Four 8-bit counters in one int, one per type.
    static int Best(int packed)
    {
        var best = 0;
        for (var t = 1; t < 4; t++)
            if ((packed >> (8 * t) & 0xFF) > (packed >> (8 * best) & 0xFF)) best = t;
        return best;
    }
}
