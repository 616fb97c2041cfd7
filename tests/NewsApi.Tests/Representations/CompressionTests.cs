using System.IO.Compression;
using System.Net;

namespace NewsApi.Tests.Representations;

public sealed class CompressionTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    static Stream Decoder(string encoding, Stream compressed) => encoding switch
    {
        "gzip" => new GZipStream(compressed, CompressionMode.Decompress),
        "br" => new BrotliStream(compressed, CompressionMode.Decompress),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    async Task<HttpResponseMessage> Get(string url, string? encoding = null, string? accept = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("gzip", "/articles/1", null)]
    [InlineData("br", "/articles/1", null)]
    [InlineData("br", "/articles/1", "application/ld+json")]
    [InlineData("gzip", "/articles/1/quotes", "text/csv")]
    [InlineData("br", "/export", null)]
    public async Task Compression_IsApplied_AndDecompressesToTheIdentityBody(string encoding, string url, string? accept)
    {
        var identity = await (await Get(url, accept: accept)).Content.ReadAsByteArrayAsync();

        var response = await Get(url, encoding, accept);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        if (identity.Length > 1000) Assert.True(compressed.Length < identity.Length, $"{compressed.Length} bytes compressed, {identity.Length} plain");
        using var decoder = Decoder(encoding, new MemoryStream(compressed));
        using var plain = new MemoryStream();
        await decoder.CopyToAsync(plain);
        Assert.Equal(identity, plain.ToArray());
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task CompressedResponse_CarriesTheWeakenedETag_WhichRevalidatesTo304(string encoding)
    {
        var strong = (await Get("/articles/1")).Headers.ETag!;

        var compressed = await Get("/articles/1", encoding);
        var weak = compressed.Headers.ETag!;

        // the compressed bytes are not the bytes the strong tag hashes: same opaque tag, marked weak
        Assert.True(weak.IsWeak);
        Assert.Equal(strong.Tag, weak.Tag);
        var revalidated = await Get("/articles/1", encoding, ifNoneMatch: weak.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(weak, revalidated.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await Get("/articles/1", ifNoneMatch: strong.ToString())).StatusCode);
    }

    [Fact]
    public async Task Brotli_IsPreferred_WhenBothAreEquallyAcceptable()
    {
        Assert.Equal(["br"], (await Get("/articles", "gzip, deflate, br")).Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], (await Get("/articles", "gzip, br;q=0.5")).Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/articles/999")]
    [InlineData("/quotes?kind=bogus")]
    public async Task Problems_AreCompressedToo(string url)
    {
        var response = await Get(url, "gzip");

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task NotModified_IsNotCompressed()
    {
        var etag = (await Get("/quotes")).Headers.ETag!.ToString();

        var response = await Get("/quotes", "gzip, br", ifNoneMatch: etag);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
