using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>Stance verbs: "Smith wants to …", "the union endorsed …", "critics complained about …".</summary>
static partial class Stances
{
    /// <summary>"Smith wants to …", "the union endorsed …", "critics complained about …": subject, verb, complement.</summary>
    static bool TryVerb(QuoteDocument doc, List<QuoteDraft> drafts, Sentence sentence, int s, int i, out int next)
    {
        next = i;
        if (!VerbLookup.TryGetValue(doc.Text(i), out var form) || doc.IsCapitalized(i)) return false;
        // the words between subject and verb: auxiliaries, adverbs, negation
        var before = i - 1;
        while (before >= sentence.FirstToken && doc.IsWord(before) && IsAdverb(doc, before)) before--;
        var prev = doc.IsWord(before) ? doc.Text(before) : default;
        var participle = false;
        var contracted = false;
        var subjectEnd = i - 1;
        var passive = false;
        switch (form)
        {
            case CueForm.Ing:
                // progressive "is pushing for", or "…, accusing him of …" after the main clause
                if (doc.IsPunct(i - 1, ',') && i - 1 > sentence.FirstToken
                    || doc.Tokens[i - 1].Kind == TokenKind.Close && doc.IsPunct(i - 2, ',') && i - 2 > sentence.FirstToken) { participle = true; break; }
                // "He’s claiming that …": the pronoun and its auxiliary are one word
                if (IsThirdPersonContraction(doc, before)) { contracted = true; break; }
                if (!doc.IsWord(before) || !Lexicon.In(Lexicon.BeForms, prev)) return false;
                break;
            case CueForm.Base:
                // "appeared to suggest", "tried to blame": the stance is the second verb, the subject the first one's
                if (doc.Is(before, "to") && doc.IsWord(before - 1) && Lexicon.In(Lexicon.RaisingVerbs, doc.Text(before - 1)))
                {
                    subjectEnd = before - 2;
                    break;
                }
                // "would back", "did not support"; "to support" belongs to an earlier verb
                if (!doc.IsWord(before) || doc.Is(before, "to")) return false;
                // "Democrats want …", "they support …", "China and Russia support …": a plural subject
                if (!Lexicon.In(Lexicon.BaseAuxiliaries, prev) && !IsPluralSubject(doc, before, sentence.FirstToken)) return false;
                break;
            default:
                // "was accused of …", "is expected to …": a stance whose holder goes unnamed
                if (doc.IsWord(before) && Lexicon.In(Lexicon.BeForms, prev) && Lexicon.In(Lexicon.Passives, doc.Text(i))) { passive = true; break; }
                // other passives ("was charged") and nouns ("the plans", "his support") are not stances
                if (doc.IsWord(before) && (Lexicon.In(Lexicon.BeForms, prev) || doc.Is(before, "to") || IsDeterminer(doc, before))) return false;
                if (doc.IsWord(before) && (prev.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || prev.EndsWith("’s", StringComparison.OrdinalIgnoreCase))) return false;
                break;
        }
        Phrase speaker;
        if (passive)
            speaker = Phrase.None;
        else if (contracted)
            speaker = new Phrase(before, before);
        else if (participle)
        {
            speaker = ReportedSpeech.MainSubject(doc, sentence, i - 1);
            // "Trump spoke to industry leaders, promising …": a name opening the sentence
            if (!speaker.Found)
            {
                var t = sentence.FirstToken;
                while (t < i && doc.IsCapitalized(t) && !doc.InQuote(t) && !SpeakerPhrases.IsStopWord(doc.Text(t))) t++;
                if (t > sentence.FirstToken && doc.IsWord(t) && !doc.IsCapitalized(t))
                    speaker = SpeakerPhrases.Left(doc, t - 1, sentence.FirstToken);
            }
        }
        else
        {
            var j = SpeakerPhrases.SkipToSubject(doc, subjectEnd, sentence.FirstToken);
            if (j < sentence.FirstToken || !doc.IsWord(j) || doc.InQuote(j)) return false;
            if (doc.Is(j, "and") || doc.Is(j, "but") || doc.Is(j, "or"))
                return false;
            speaker = SpeakerPhrases.Left(doc, j, sentence.FirstToken);
        }
        // "a new analysis of campaign reports shows", "lawyers for the family released": the head comes before of/for
        var head = speaker;
        if (speaker.Found && (doc.Is(speaker.First - 1, "of") || doc.Is(speaker.First - 1, "for")) && speaker.First - 2 >= sentence.FirstToken
            && SpeakerPhrases.Left(doc, speaker.First - 2, sentence.FirstToken) is { Found: true } outer && !SpeakerPhrases.IsPronoun(doc.Text(outer.Last)))
        {
            head = outer;
            speaker = new Phrase(outer.First, speaker.Last);
        }
        if (!passive && (!speaker.Found || SpeakerPhrases.IsFirstPerson(doc.Text(speaker.Last)))) return false;
        // "wants", "plans": the -s form needs a singular subject that is a pronoun, a name or a determined noun
        // phrase; "meet sales targets", "economic development projects" are noun compounds
        if (!passive && !participle && form == CueForm.Finite && doc.Text(i)[^1] == 's' && !IsSingularSubject(doc, head)) return false;
        // "a poll shows …", "the study found …": evidence speaks through these verbs, not through the others
        if (!passive && !IsAgent(doc, head) && !(Lexicon.In(Lexicon.Evidential, doc.Text(i)) && !char.IsDigit(doc.Text(head.Last)[0]))) return false;
        // the subject must open its clause: "after Smith endorsed …" is fine, "the deal that Smith backed" is not
        var k = i + 1;
        while (k < sentence.EndToken && doc.IsWord(k) && IsAdverbial(doc, k) && !doc.Is(k, "to")) k++;
        var particle = k < sentence.EndToken && doc.IsWord(k) && Lexicon.In(Lexicon.Particles, doc.Text(k));
        if (particle) k++;
        // an agentless passive needs its complement: "accused of …", "expected to …", "described as …"
        if (passive && !(particle && !doc.Is(k - 1, "about") && !doc.Is(k - 1, "out") && !doc.Is(k - 1, "up") && !doc.Is(k - 1, "on")
                         || doc.Is(k, "as") && ++k > 0)) return false;
        // "spoke for five minutes" is no stance, "spoke out against …" is
        if (Lexicon.In(Lexicon.NeedParticle, doc.Text(i)) && !(particle && (doc.Is(k - 1, "about") || doc.Is(k - 1, "of") || doc.Is(k - 1, "out")
                                                                     || doc.Is(k - 1, "up")))) return false;
        // "the fumes worried parents" is a cause, "parents worried about the fumes" a stance
        if (Lexicon.In(Lexicon.NeedAboutOrThat, doc.Text(i)) && !(particle && (doc.Is(k - 1, "about") || doc.Is(k - 1, "that") || doc.Is(k - 1, "over")))) return false;
        if (k >= sentence.EndToken) return false;
        if (doc.IsWord(k) && Lexicon.In(Lexicon.Auxiliaries, doc.Text(k))) return false;
        // an adjunct is no complement: "chemicals found in refrigerants", "echoed by everyone", "announced Monday"
        if (!particle && doc.IsWord(k) && Lexicon.In(Lexicon.AdjunctStarts, doc.Text(k))) return false;
        if (!ReportedSpeech.Clause(doc, sentence, k, 1, out var last)) return false;
        if (doc.Tokens[k].Kind is TokenKind.Punct) return false;
        var cue = new CueMatch(i, i, CueFlags.Complement, form);
        return Add(doc, drafts, k, last, cue, speaker, s, out next);
    }
}
