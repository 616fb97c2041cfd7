using NewsApi.Data;

namespace NewsApi.Tests.Data;

public sealed class CursorTests
{
    [Theory]
    [InlineData("2016-08-17T00:00:00Z", 42)]
    [InlineData("Supreme National Security Council\nwith newline", 7)]
    [InlineData("", 0)]
    public void Encode_ThenDecode_GivesTheSameKeyAndId(string key, long id)
    {
        var encoded = new Cursor(key, id).Encode();

        Assert.True(Cursor.TryDecode(encoded, out var decoded));
        Assert.Equal(new Cursor(key, id), decoded);
        Assert.DoesNotContain('+', encoded);
        Assert.DoesNotContain('/', encoded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("bm8tbmV3bGluZQ")] // "no-newline"
    [InlineData("a2V5CmFiYw")] // "key\nabc"
    [InlineData("a2V5Ci01")] // "key\n-5"
    [InlineData("_w")] // invalid UTF-8
    public void TryDecode_Garbage_IsRejected(string value)
    {
        Assert.False(Cursor.TryDecode(value, out _));
    }
}
