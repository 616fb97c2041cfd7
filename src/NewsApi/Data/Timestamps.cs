using System.Data;
using System.Globalization;
using Dapper;

namespace NewsApi.Data;

/// <summary>Timestamps are stored as ISO 8601 UTC text with a Z suffix, so that text order is time order.</summary>
public static class Timestamps
{
    const string StorageFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(StorageFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static bool TryParse(string value, out DateTimeOffset result) =>
        DateTimeOffset.TryParseExact(value, StorageFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result);

    /// <summary>Lets Dapper read the stored text straight into <see cref="DateTimeOffset"/> properties.</summary>
    public sealed class DapperHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override DateTimeOffset Parse(object value) => Timestamps.Parse((string)value);

        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = Format(value);
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
