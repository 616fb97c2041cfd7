using System.Reflection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Quotes;

namespace NewsApi.Tests.Articles;

/// <summary>An article is written in one place: the stores of the concepts it touches can only read.</summary>
public sealed class ArticleWriterTests
{
    [Fact]
    public void OnlyTheArticleWriter_HoldsTheDatabaseWriter_AmongArticlesEntitiesAndQuotes()
    {
        string[] features = ["NewsApi.Articles", "NewsApi.Entities", "NewsApi.Quotes"];
        var writers = typeof(ArticleWriter).Assembly.GetTypes()
            .Where(t => features.Contains(t.Namespace))
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(DatabaseWriter))))
            .Select(t => t.Name);

        Assert.Equal([nameof(ArticleWriter)], writers);
    }

    [Fact]
    public void TheReadStores_HaveNoMethodThatTakesATransaction()
    {
        var takesTransaction = new[] { typeof(EntityStore), typeof(QuoteStore), typeof(ArticleStore) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => typeof(System.Data.Common.DbTransaction).IsAssignableFrom(p.ParameterType)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.Empty(takesTransaction);
    }
}
