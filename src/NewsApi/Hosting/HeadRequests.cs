namespace NewsApi.Hosting;

public static class HeadRequests
{
    /// <summary>
    /// Answers HEAD wherever GET is answered — every endpoint, Swagger UI and the OpenAPI document alike — by routing
    /// and serving it as the GET it mirrors with the body counted and thrown away, so its status and headers
    /// (Content-Length, ETag, Cache-Control, Vary) are the GET's own (RFC 9110 §9.3.2). Routing runs here, after the
    /// rewrite, so that a GET route matches; the method is HEAD again for the request log.
    /// </summary>
    public static WebApplication UseNewsHead(this WebApplication app)
    {
        // every other method passes straight on, with no async state machine of its own
        app.Use((context, next) => HttpMethods.IsHead(context.Request.Method) ? AsGetAsync(context, next) : next(context));
        app.UseRouting();
        return app;
    }

    static async Task AsGetAsync(HttpContext context, RequestDelegate next)
    {
        var response = context.Response;
        var body = response.Body;
        var discarded = new DiscardingStream();
        context.Request.Method = HttpMethods.Get;
        response.Body = discarded;
        try
        {
            await next(context);
            // a GET that streams its body (chunked) still has a length: the one HEAD can tell
            if (!response.HasStarted && response.ContentLength is null && response.Headers.TransferEncoding.Count == 0
                && response.StatusCode is not (StatusCodes.Status204NoContent or StatusCodes.Status304NotModified))
                response.ContentLength = discarded.Length;
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            response.Body = body;
        }
    }

    sealed class DiscardingStream : Stream
    {
        long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }
    }
}
