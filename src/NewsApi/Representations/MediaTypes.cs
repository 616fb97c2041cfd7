namespace NewsApi.Representations;

/// <summary>The representations a resource can be served in.</summary>
public enum Representation { Json, Csv, JsonLd }

public static class MediaTypes
{
    public const string Json = "application/json";
    public const string JsonLd = "application/ld+json";
    public const string Csv = "text/csv";
    public const string Ndjson = "application/x-ndjson";
    public const string Problem = "application/problem+json";

    public static string Of(Representation representation) => representation switch
    {
        Representation.Csv => Csv,
        Representation.JsonLd => JsonLd,
        _ => Json,
    };

    /// <summary>The Content-Type header sent with a representation.</summary>
    public static string ContentType(Representation representation) => representation switch
    {
        Representation.Csv => "text/csv; charset=utf-8; header=present",
        Representation.JsonLd => "application/ld+json; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };
}
