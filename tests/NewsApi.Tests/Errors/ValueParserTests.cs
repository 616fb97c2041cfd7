using System.Globalization;
using System.Reflection;
using NewsApi.Errors;

namespace NewsApi.Tests.Errors;

/// <summary>
/// The request contract parses the runtime's own types without a reflection call per value; it must accept exactly
/// what the framework's binding accepts: the type's <c>TryParse(string, IFormatProvider, out T)</c>, invariant culture.
/// </summary>
public sealed class ValueParserTests
{
    public static TheoryData<Type, string> Values() => new()
    {
        { typeof(long), "42" }, { typeof(long), " 42 " }, { typeof(long), "-7" }, { typeof(long), "1e3" }, { typeof(long), "1,000" },
        { typeof(long), "99999999999999999999" }, { typeof(long), "" }, { typeof(long), "0x10" },
        { typeof(int), "2147483648" }, { typeof(int), "+5" },
        { typeof(double), "1,000.5" }, { typeof(double), "1e3" }, { typeof(double), "NaN" }, { typeof(double), "1,5" },
        { typeof(DateTimeOffset), "2016-08-17" }, { typeof(DateTimeOffset), "2016-08-17T10:00:00Z" }, { typeof(DateTimeOffset), "17/08/2016" },
        { typeof(DateOnly), "2016-08-17" }, { typeof(DateOnly), "2016-08-17T10:00:00Z" },
        { typeof(Guid), "8f3b1c2e-0000-4000-8000-000000000000" }, { typeof(Guid), "nope" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void RuntimeType_AcceptsExactlyWhatItsTryParseWithInvariantCultureAccepts(Type type, string value)
    {
        var tryParse = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()])!;
        var expected = (bool)tryParse.Invoke(null, [value, CultureInfo.InvariantCulture, null])!;

        Assert.Equal(expected, ValueParser.For(type)!.TryParse(value));
        Assert.Equal(expected, ValueParser.For(typeof(Nullable<>).MakeGenericType(type))!.TryParse(value));
    }
}
