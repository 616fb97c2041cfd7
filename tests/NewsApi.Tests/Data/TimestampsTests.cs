using NewsApi.Data;

namespace NewsApi.Tests.Data;

public sealed class TimestampsTests
{
    [Theory]
    [InlineData("2024-02-29T23:59:59Z", 2024, 2, 29, 23, 59, 59)]
    [InlineData("0001-01-01T00:00:00Z", 1, 1, 1, 0, 0, 0)]
    [InlineData("2016-09-12T08:05:03Z", 2016, 9, 12, 8, 5, 3)]
    public void Parse_ReadsTheStorageFormat_AsUtc(string stored, int year, int month, int day, int hour, int minute, int second)
    {
        var parsed = Timestamps.Parse(stored);

        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero), parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
        Assert.Equal(stored, Timestamps.Format(parsed));
    }

    [Theory]
    [InlineData("2016-09-12T10:05:03+02:00", "2016-09-12T08:05:03Z")]    // an offset: converted to UTC
    [InlineData("2016-09-12T08:05:03.250Z", "2016-09-12T08:05:03Z")]     // fractions (seconds are what is stored)
    [InlineData("2016-09-12 08:05:03", "2016-09-12T08:05:03Z")]          // SQLite's datetime(): no T, no zone, UTC
    public void Parse_ReadsOtherIso8601Shapes_ThroughTheGeneralParser(string stored, string expected) =>
        Assert.Equal(expected, Timestamps.Format(Timestamps.Parse(stored)));

    [Theory]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("2023-13-01T00:00:00Z")]
    [InlineData("2023-01-01T24:00:00Z")]
    [InlineData("2023-0a-01T00:00:00Z")]
    public void Parse_RejectsAnImpossibleTimestampInTheStorageShape(string stored) =>
        Assert.Throws<FormatException>(() => Timestamps.Parse(stored));

    [Theory]
    [InlineData("2016-09-12T08:05:03Z", true)]
    [InlineData("2016-09-12T10:05:03+02:00", false)]   // a cursor key is only ever the storage format
    [InlineData("2016-09-12 08:05:03", false)]
    [InlineData(" 2016-09-12T08:05:03Z", false)]
    [InlineData("2023-02-29T00:00:00Z", false)]
    [InlineData("", false)]
    public void TryParse_AcceptsTheStorageFormatAlone(string key, bool accepted)
    {
        Assert.Equal(accepted, Timestamps.TryParse(key, out var parsed));
        if (accepted) Assert.Equal(key, Timestamps.Format(parsed));
    }
}
