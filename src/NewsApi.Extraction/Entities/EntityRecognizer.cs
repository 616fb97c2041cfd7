using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Entities;

/// <summary>Finds named entities, their mentions and aliases in an article's title and body.</summary>
public sealed class EntityRecognizer
{
    public static EntityRecognizer CreateDefault() => new();

    // Placeholder until the entity recogniser lands.
    public IReadOnlyList<ExtractedEntity> Recognize(string title, string body, Lead lead) => [];
}
