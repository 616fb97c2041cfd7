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

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static bool TryParse(string value, out DateTimeOffset result) =>
        DateTimeOffset.TryParseExact(value, StorageFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result);

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
