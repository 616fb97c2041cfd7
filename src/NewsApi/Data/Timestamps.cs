using System.Data;
using System.Globalization;
using Dapper;

namespace NewsApi.Data;

/// <summary>
/// SQLite stores timestamps as ISO 8601 UTC text with a Z suffix, so that text order is time order; PostgreSQL as
/// <c>timestamptz</c>. Code passes and reads <see cref="DateTimeOffset"/> either way: the Dapper handler converts.
/// </summary>
public static class Timestamps
{
    const string StorageFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(StorageFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// A stored timestamp: the storage format read digit by digit (a list page reads ~60 of them, and the culture-aware
    /// parser's tokenising was a visible share of an uncached read), anything else ISO 8601 through the general parser.
    /// </summary>
    public static DateTimeOffset Parse(string value) =>
        TryParse(value, out var stored) ? stored
        : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>
    /// A timestamp in the storage format only, yyyy-MM-ddTHH:mm:ssZ (a cursor's key): false for any other shape or an
    /// impossible date.
    /// </summary>
    public static bool TryParse(string value, out DateTimeOffset result)
    {
        result = default;
        if (value.Length != 20 || value[4] != '-' || value[7] != '-' || value[10] != 'T' || value[13] != ':' || value[16] != ':' || value[19] != 'Z')
            return false;
        var span = value.AsSpan();
        if (!Digits(span[..4], out var year) || !Digits(span.Slice(5, 2), out var month) || !Digits(span.Slice(8, 2), out var day)
            || !Digits(span.Slice(11, 2), out var hour) || !Digits(span.Slice(14, 2), out var minute) || !Digits(span.Slice(17, 2), out var second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        result = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;

        static bool Digits(ReadOnlySpan<char> digits, out int number)
        {
            number = 0;
            foreach (var c in digits)
            {
                if (c is < '0' or > '9') return false;
                number = number * 10 + (c - '0');
            }
            return true;
        }
    }


    /// <summary>
    /// Lets Dapper read the stored value straight into <see cref="DateTimeOffset"/> properties (SQLite's text, Npgsql's
    /// UTC <see cref="DateTime"/>) and bind one as the provider stores it.
    /// </summary>
    public sealed class DapperHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override DateTimeOffset Parse(object value) => value switch
        {
            string text => Timestamps.Parse(text),
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            DateTimeOffset time => time,
            _ => throw new InvalidCastException($"A {value.GetType().Name} is not a stored timestamp."),
        };

        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            if (parameter is Microsoft.Data.Sqlite.SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = Format(value);
            }
            else
            {
                // timestamptz takes a UTC instant; whole seconds, as SQLite's text keeps, so that both providers
                // store, return and compare (cursors) the same instants
                parameter.DbType = DbType.DateTimeOffset;
                var utc = value.ToUniversalTime();
                parameter.Value = utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond));
            }
        }
    }

    static int _registered;

    public static void RegisterDapperHandler()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        // Dapper maps DateTimeOffset natively; remove that so our text format is used both ways
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.AddTypeHandler(new DapperHandler());
    }
}
