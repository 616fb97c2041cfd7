using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Data;

namespace NewsApi.Errors;

/// <summary>
/// Validates query parameters once and collects every problem, so a 400 names each bad parameter:
/// <c>{ "errors": { "limit": ["…"] } }</c>.
/// </summary>
public sealed class QueryValidator
{
    readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public ValidationProblem Problem(string? detail = null) => TypedResults.ValidationProblem(_errors, detail,
        title: "One or more query parameters are invalid.",
        type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");

    public void Add(string parameter, string message) => _errors[parameter] = [message];

    public int Limit(int? limit)
    {
        if (limit is null) return Paging.DefaultLimit;
        if (limit is >= 1 and <= Paging.MaxLimit) return limit.Value;
        Add("limit", $"limit must be between 1 and {Paging.MaxLimit}; got {limit}.");
        return Paging.DefaultLimit;
    }

    public Cursor? Cursor(string? cursor, Func<Cursor, bool>? isValid = null)
    {
        if (cursor is null) return null;
        if (Data.Cursor.TryDecode(cursor, out var decoded) && (isValid?.Invoke(decoded) ?? true)) return decoded;
        Add("cursor", "cursor is not a value this list returned as nextCursor; start again without it.");
        return null;
    }

    /// <summary>
    /// An ISO 8601 date or date-time (UTC unless it carries an offset). A bare date given as an upper bound
    /// means the end of that day.
    /// </summary>
    public DateTimeOffset? Date(string parameter, string? value, bool upperBound = false)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // the day's last instant, not the next day's first minus a second: 9999-12-31 has no next day
            return new DateTimeOffset(date.ToDateTime(upperBound ? TimeOnly.MaxValue : TimeOnly.MinValue), TimeSpan.Zero);
        }
        if (value.Length >= 16 && value[4] == '-' && value.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            return instant;
        Add(parameter, $"{parameter} must be an ISO 8601 date (2016-08-17) or date-time (2016-08-17T09:30:00Z), in UTC from 0001-01-01 to 9999-12-31; got '{Truncate(value)}'.");
        return null;
    }

    /// <summary>
    /// A <c>from</c>/<c>to</c> pair of <see cref="Date"/>s; a range that ends before it starts names both, since
    /// either may be the mistake.
    /// </summary>
    public (DateTimeOffset? From, DateTimeOffset? To) DateRange(string fromParameter, string? from, string toParameter, string? to)
    {
        var start = Date(fromParameter, from);
        var end = Date(toParameter, to, upperBound: true);
        if (start is { } s && end is { } e && s > e)
        {
            var message = $"{fromParameter} ({Truncate(from!)}) is later than {toParameter} ({Truncate(to!)}): the range is empty.";
            Add(fromParameter, message);
            Add(toParameter, message);
        }
        return (start, end);
    }

    public T? Enum<T>(string parameter, string? value) where T : struct, System.Enum
    {
        if (value is null) return null;
        if (Names.TryParse<T>(value, out var parsed)) return parsed;
        Add(parameter, $"{parameter} must be one of: {Names.List<T>()}; got '{Truncate(value)}'.");
        return null;
    }

    /// <summary>A comma-separated list of names, e.g. <c>facets=entity,month</c>; empty when absent.</summary>
    public IReadOnlyList<T> List<T>(string parameter, string? value) where T : struct, System.Enum
    {
        if (value is null) return [];
        var items = new List<T>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Names.TryParse<T>(part, out var parsed))
            {
                Add(parameter, $"{parameter} takes a comma-separated list of: {Names.List<T>()}; got '{Truncate(part)}'.");
                return [];
            }
            if (!items.Contains(parsed)) items.Add(parsed);
        }
        return items;
    }

    public int? Range(string parameter, int? value, int min, int max)
    {
        if (value is null || (value >= min && value <= max)) return value;
        Add(parameter, $"{parameter} must be between {min} and {max}; got {value}.");
        return null;
    }

    public string? Text(string parameter, string? value, int maxLength)
    {
        if (value is null) return null;
        if (string.IsNullOrWhiteSpace(value)) { Add(parameter, $"{parameter} must not be empty or blank."); return null; }
        if (value.Length > maxLength) { Add(parameter, $"{parameter} must be at most {maxLength} characters."); return null; }
        return value.Trim();
    }

    static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
