using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Extraction;

namespace NewsApi.Tests.Entities;

/// <summary>
/// How extracted entities of different articles become one stored entity: across type disagreements, country
/// variants and surnames. Annotations are written by hand so that the store's rules alone are under test.
/// </summary>
public sealed class EntityResolutionTests : IDisposable
{
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    int _articles;

    // One article whose body mentions each name once, annotated as given.
    async Task<IReadOnlyList<long>> StoreAsync(params (string Name, EntityType Type, string[] Aliases)[] entities)
    {
        var body = string.Join(" ", entities.Select(e => $"Reporters asked {e.Name} about it."));
        var extracted = new List<ExtractedEntity>();
        var at = 0;
        foreach (var (name, type, aliases) in entities)
        {
            var start = body.IndexOf(name, at, StringComparison.Ordinal);
            at = start + name.Length;
            extracted.Add(new(name, type, aliases, [new(TextField.Body, TextSpan.Of(body, start, at))]));
        }
        var writer = _factory.Services.GetRequiredService<ArticleWriter>();
        var result = await writer.CreateAsync(new NewArticle { Title = $"Article {++_articles}", Body = body },
            new ExtractedArticle(null, null, [], extracted, [], "test"), "test", CancellationToken.None);
        await using var connection = await _factory.OpenDatabaseAsync();
        return [.. await connection.QueryAsync<long>("SELECT entity_id FROM mentions WHERE article_id = @Id ORDER BY start_offset", new { result.Id })];
    }

    async Task<(string Name, string Type)> EntityAsync(long id)
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        return await connection.QuerySingleAsync<(string, string)>("SELECT name, type FROM entities WHERE id = @id", new { id });
    }

    async Task<IReadOnlyList<string>> AliasesAsync(long id)
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        return [.. await connection.QueryAsync<string>("SELECT alias FROM entity_aliases WHERE entity_id = @id ORDER BY alias", new { id })];
    }

    static (string, EntityType, string[]) E(string name, EntityType type, params string[] aliases) => (name, type, aliases);

    [Fact]
    public async Task SameNameExtractedAsAnotherType_JoinsTheKnownEntityWhichKeepsItsType()
    {
        var person = (await StoreAsync(E("Marta Kowalczyk", EntityType.Person, "Kowalczyk")))[0];

        var asOrganisation = (await StoreAsync(E("Marta Kowalczyk", EntityType.Organization)))[0];
        var asOther = (await StoreAsync(E("marta KOWALCZYK", EntityType.Other)))[0];

        Assert.Equal([person, person], [asOrganisation, asOther]);
        Assert.Equal(("Marta Kowalczyk", "person"), await EntityAsync(person));
    }

    [Fact]
    public async Task SurnameOfOneKnownPerson_JoinsThemWhateverItsType()
    {
        var person = (await StoreAsync(E("Marta Kowalczyk", EntityType.Person, "Kowalczyk")))[0];

        var ids = await StoreAsync(E("Kowalczyk", EntityType.Person), E("Ostrava Mining", EntityType.Organization));
        var mistyped = (await StoreAsync(E("Kowalczyk", EntityType.Organization)))[0];

        Assert.Equal([person, person], [ids[0], mistyped]);
    }

    [Fact]
    public async Task SurnameOnly_JoinsTheOnePersonOfThatSurname_EvenWithoutThatAlias()
    {
        var person = (await StoreAsync(E("Amina Wekesa", EntityType.Person)))[0];

        Assert.Equal(person, (await StoreAsync(E("Wekesa", EntityType.Person)))[0]);
        Assert.Equal(("Amina Wekesa", "person"), await EntityAsync(person));
    }

    [Fact]
    public async Task SurnameOnlyEntityFromEarlier_BecomesThePersonWhenTheFullNameArrives_KeepingItsId()
    {
        var surname = (await StoreAsync(E("Wekesa", EntityType.Person)))[0];

        Assert.Equal(surname, (await StoreAsync(E("Amina Wekesa", EntityType.Person)))[0]);
        Assert.Equal(("Amina Wekesa", "person"), await EntityAsync(surname));
    }

    [Fact]
    public async Task OrganisationNamedLikeAPersonsSurname_StaysItsOwnEntity()
    {
        var company = (await StoreAsync(E("Halvorsen", EntityType.Organization)))[0];
        var person = (await StoreAsync(E("Ingrid Halvorsen", EntityType.Person)))[0];

        Assert.NotEqual(company, person);
        Assert.Equal(company, (await StoreAsync(E("Halvorsen", EntityType.Organization)))[0]);
        Assert.Equal(("Halvorsen", "organization"), await EntityAsync(company));
    }

    [Fact]
    public async Task SurnameOfSeveralKnownPeople_IsNoneOfThem()
    {
        var marta = (await StoreAsync(E("Marta Kowalczyk", EntityType.Person, "Kowalczyk")))[0];
        var jan = (await StoreAsync(E("Jan Kowalczyk", EntityType.Person, "Kowalczyk")))[0];

        var surname = (await StoreAsync(E("Kowalczyk", EntityType.Person)))[0];

        Assert.DoesNotContain(surname, new[] { marta, jan });
        Assert.Equal(surname, (await StoreAsync(E("Kowalczyk", EntityType.Person)))[0]);
    }

    [Fact]
    public async Task CountryVariants_AreOneLocationUnderItsCanonicalName()
    {
        var ids = new List<long>();
        foreach (var (name, type) in new[] { ("U.S.", EntityType.Location), ("United States", EntityType.Location), ("US", EntityType.Organization),
                     ("America", EntityType.Location), ("United States of America", EntityType.Other), ("USA", EntityType.Location) })
            ids.Add((await StoreAsync(E(name, type)))[0]);

        Assert.Single(ids.Distinct());
        Assert.Equal(("United States", "location"), await EntityAsync(ids[0]));
        Assert.Superset(new HashSet<string>(["U.S.", "US", "America", "USA"]), (await AliasesAsync(ids[0])).ToHashSet());
    }

    [Fact]
    public async Task CountryVariant_FindsTheCountryStoredUnderThatVariant()
    {
        var britain = (await StoreAsync(E("United Kingdom", EntityType.Location)))[0];

        Assert.Equal(britain, (await StoreAsync(E("Britain", EntityType.Location)))[0]);
        Assert.Equal(britain, (await StoreAsync(E("UK", EntityType.Organization)))[0]);
    }

    [Fact]
    public async Task GazetteerPlace_AndAnOrganisationOfThatName_AreTwoEntities_EachKeepingItsType()
    {
        // a city and the team named after it ("CHICAGO 5 Boston 3"): both real, neither is the other
        var team = (await StoreAsync(E("Nairobi", EntityType.Organization)))[0];

        var city = (await StoreAsync(E("Nairobi", EntityType.Location)))[0];

        Assert.NotEqual(team, city);
        Assert.Equal(("Nairobi", "organization"), await EntityAsync(team));
        Assert.Equal(("Nairobi", "location"), await EntityAsync(city));
        Assert.Equal(city, (await StoreAsync(E("Nairobi", EntityType.Location)))[0]);
        Assert.Equal(team, (await StoreAsync(E("Nairobi", EntityType.Organization)))[0]);
    }

    [Fact]
    public async Task UnknownPlaceName_DoesNotOverrideTheKnownType()
    {
        var company = (await StoreAsync(E("Vardalen Copper", EntityType.Organization)))[0];

        Assert.Equal(company, (await StoreAsync(E("Vardalen Copper", EntityType.Location)))[0]);
        Assert.Equal(("Vardalen Copper", "organization"), await EntityAsync(company));
    }

    [Fact]
    public async Task PlaceNamedLikeAPersonsSurname_IsAnotherEntity_AndEachKeepsItsType()
    {
        var person = (await StoreAsync(E("Amira Jordan", EntityType.Person, "Jordan")))[0];

        var country = (await StoreAsync(E("Jordan", EntityType.Location)))[0];

        Assert.NotEqual(person, country);
        Assert.Equal(("Amira Jordan", "person"), await EntityAsync(person));
        Assert.Equal(("Jordan", "location"), await EntityAsync(country));
        Assert.Equal(person, (await StoreAsync(E("Jordan", EntityType.Person)))[0]);
        Assert.Equal(country, (await StoreAsync(E("Jordan", EntityType.Organization)))[0]);
    }

    [Fact]
    public async Task PersonTypedPlaceName_WithNoPersonOfThatName_IsThePlace()
    {
        var city = (await StoreAsync(E("Nairobi", EntityType.Location)))[0];

        Assert.Equal(city, (await StoreAsync(E("Nairobi", EntityType.Person)))[0]);
        Assert.Equal(("Nairobi", "location"), await EntityAsync(city));
    }

    [Fact]
    public async Task OneWordEntity_TakesTheFullNameOfALaterArticleThatDefinesIt_KeepingItsId()
    {
        var acronym = (await StoreAsync(E("KWA", EntityType.Other)))[0];

        var full = (await StoreAsync(E("Kenya Water Authority", EntityType.Organization, "KWA")))[0];

        Assert.Equal(acronym, full);
        Assert.Equal(("Kenya Water Authority", "organization"), await EntityAsync(full));
        Assert.Equal(["KWA"], await AliasesAsync(full));
        Assert.Equal(full, (await StoreAsync(E("KWA", EntityType.Organization)))[0]);
    }

    [Fact]
    public async Task OneWordEntity_IsAbsorbedWhenAKnownEntityGivesItAsAlias()
    {
        var fragment = (await StoreAsync(E("Obradovic", EntityType.Location)))[0];
        var person = (await StoreAsync(E("Nikola Obradovic", EntityType.Person)))[0];

        Assert.Equal(person, (await StoreAsync(E("Nikola Obradovic", EntityType.Person, "Obradovic")))[0]);

        await using var connection = await _factory.OpenDatabaseAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM entities WHERE id = @fragment", new { fragment }));
        Assert.Equal(3L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM mentions WHERE entity_id = @person", new { person }));
        Assert.Equal(["Obradovic"], await AliasesAsync(person));
        Assert.Equal(person, (await StoreAsync(E("Obradovic", EntityType.Person)))[0]);
    }

    [Fact]
    public async Task FragmentAbsorbedWhileItsOwnArticleIsStored_KeepsThatArticlesQuotesOnTheFullEntity()
    {
        var person = (await StoreAsync(E("Nikola Obradovic", EntityType.Person)))[0];
        const string body = "Obradovic said talks would resume, Nikola Obradovic told reporters.";
        var writer = _factory.Services.GetRequiredService<ArticleWriter>();
        ExtractedEntity Entity(string name, EntityType type, int start, params string[] aliases) =>
            new(name, type, aliases, [new(TextField.Body, TextSpan.Of(body, start, start + name.Length))]);

        var created = await writer.CreateAsync(new NewArticle { Title = "Talks", Body = body }, new ExtractedArticle(null, null, [],
            [Entity("Obradovic", EntityType.Location, 0), Entity("Nikola Obradovic", EntityType.Person, 35, "Obradovic")],
            [new(QuoteKind.Indirect, TextSpan.Of(body, 15, 33), TextSpan.Of(body, 10, 14), TextSpan.Of(body, 0, 9), 0, 0)], "test"),
            "test", CancellationToken.None);

        await using var connection = await _factory.OpenDatabaseAsync();
        Assert.Equal(person, await connection.ExecuteScalarAsync<long>("SELECT speaker_entity_id FROM quotes WHERE article_id = @Id", new { created.Id }));
        Assert.Equal([person], await connection.QueryAsync<long>("SELECT DISTINCT entity_id FROM mentions WHERE article_id = @Id", new { created.Id }));
    }

    [Fact]
    public async Task AmbiguousSurname_IsAnEntityOfThePeoplesType_WhateverTypeItWasExtractedAs()
    {
        await StoreAsync(E("Marta Kowalczyk", EntityType.Person, "Kowalczyk"), E("Jan Kowalczyk", EntityType.Person, "Kowalczyk"));

        var surname = (await StoreAsync(E("Kowalczyk", EntityType.Location)))[0];

        Assert.Equal(("Kowalczyk", "person"), await EntityAsync(surname));
    }

    [Fact]
    public async Task NamesThatAreNoEntities_AreNotStored_AndAQuoteBySuchASpeakerKeepsItsWords()
    {
        const string body = "Of the talks, the interior ministry said they would go on. Article continued below. Lena Sorvik of Tallhaven spoke.";
        int At(string s) => body.IndexOf(s, StringComparison.Ordinal);
        ExtractedEntity Entity(string name, EntityType type, string text, params string[] aliases) =>
            new(name, type, aliases, [new(TextField.Body, TextSpan.Of(body, At(text), At(text) + text.Length))]);
        var writer = _factory.Services.GetRequiredService<ArticleWriter>();

        var created = await writer.CreateAsync(new NewArticle { Title = "Talks", Body = body }, new ExtractedArticle(null, null, [],
            [
                Entity("Of", EntityType.Organization, "Of"),
                Entity("interior ministry", EntityType.Organization, "interior ministry"),
                Entity("Article continued below", EntityType.Organization, "Article continued below"),
                Entity("of Tallhaven", EntityType.Organization, "of Tallhaven"),
                Entity("Lena Sorvik", EntityType.Person, "Lena Sorvik", "the", "Sorvik"),
            ],
            [new(QuoteKind.Indirect, TextSpan.Of(body, At("they"), At(" would go on")), TextSpan.Of(body, At("said"), At("said") + 4),
                TextSpan.Of(body, At("the interior"), At(" said")), 1, 0)], "test"), "test", CancellationToken.None);

        await using var connection = await _factory.OpenDatabaseAsync();
        var names = (await connection.QueryAsync<string>("SELECT e.name FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE m.article_id = @Id", new { created.Id })).ToList();
        Assert.Equal(["Lena Sorvik"], names);
        Assert.Equal(["Sorvik"], await connection.QueryAsync<string>("SELECT a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE e.name = 'Lena Sorvik'"));
        var quote = await connection.QuerySingleAsync<(string Speaker, long? Entity)>("SELECT speaker_name, speaker_entity_id FROM quotes WHERE article_id = @Id", new { created.Id });
        Assert.Equal(("the interior ministry", (long?)null), quote);
    }

    [Fact]
    public async Task GenericLowerCaseHead_InArticlesFromTwoCountries_IsNeverOneEntity()
    {
        await StoreAsync(E("interior ministry", EntityType.Organization), E("Kenya", EntityType.Location));
        await StoreAsync(E("interior ministry", EntityType.Organization), E("Peru", EntityType.Location));

        await using var connection = await _factory.OpenDatabaseAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM entities WHERE lower(name) = 'interior ministry'"));
    }
}
