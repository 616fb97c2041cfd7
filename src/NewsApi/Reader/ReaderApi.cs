using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Articles;
using NewsApi.Errors;

namespace NewsApi.Reader;

public static class ReaderApi
{
    public static RouteHandlerBuilder MapReader(this IEndpointRouteBuilder app) =>
        app.MapGet("/articles/{id:long}/view", GetArticleView)
            .WithTags("Reader")
            .WithName("GetArticleView")
            .WithSummary("One article as a page to read")
            .WithDescription("A self-contained HTML page of the article: title, source, dateline and date, then the body with entity mentions highlighted by type (each links to `/entities/{id}`) and quotes highlighted (hover shows the speaker), beside a list of the quotes with their speakers. Served with a Content-Security-Policy that allows no script.");

    internal static async Task<Results<HtmlPage, NotFoundProblem>> GetArticleView(long id, ArticleStore store, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } article
            ? new HtmlPage(ReaderPage.Render(article))
            : Problems.NotFound($"There is no article with id {id}.");
}
