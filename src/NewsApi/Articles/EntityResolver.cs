using System.Data.Common;
using Dapper;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Extraction;
using NewsApi.Extraction.Entities;

namespace NewsApi.Articles;

/// <summary>
/// Resolves the entities of the articles one write transaction stores to stored entities (one entity across all
/// articles), creating those that are new, and adds the names they are known by. An extracted entity is, in order:
/// <list type="number">
/// <item>the entity with the same Wikidata id;</item>
/// <item>the entity with that name, of the same type, else of any type: the stored type wins, unless the name is a
/// gazetteer place: then a location and an organisation of that name are two entities (a city and its team), an
/// *other* of that name extracted as a location becomes one, and a person of that name stays a person (the place is
/// another entity, which a person-typed mention joins only when no other entity has that name);</item>
/// <item>the one entity that has the name as an alias or, for a person, as the last word of its name, of any type
/// (a surname, an acronym); when several have it, the name is ambiguous and becomes an entity of its own, of the type
/// they share;</item>
/// <item>a one-word entity named like one of its aliases or its surname, which it takes over ("Kowalczyk" becomes
/// "Marta Kowalczyk", keeping its id); else a new entity.</item>
/// </list>
/// A one-word entity named like an alias or the surname of an entity that already exists is absorbed into it (its mentions and
/// quotes move over). Curated entities (from curated annotations, or with a Wikidata id) are never retyped,
/// renamed or absorbed.
/// Countries are named canonically ("U.S.", "US", "America" → "United States", the others kept as aliases).
/// Remembers what it resolved, so a batch naming the same entities asks the database once per name.
/// </summary>
internal sealed class EntityResolver(DbConnection connection, DbTransaction transaction, SqlDialect sql, DateTimeOffset createdAt)
{
    readonly Dictionary<(EntityType Type, string Name), long> _byName = new(NameComparer.Instance);
    readonly Dictionary<string, long> _byWikidata = new(StringComparer.Ordinal);
    readonly HashSet<(long Id, string Alias)> _aliases = new(AliasComparer.Instance);
    readonly HashSet<(long Id, string Surname)> _surnames = new(AliasComparer.Instance);
    readonly HashSet<long> _curated = [];
    readonly Dictionary<long, long> _absorbedInto = [];
    readonly HashSet<long> _changed = [];

    /// <summary>
    /// Stored entities this transaction changed in what an article's document shows of them (name, type, aliases,
    /// Wikidata id, coordinates; an absorbing entity also gains the fragment's mentions), as they are now: the
    /// documents of the articles showing them must be built again. Entities created here are not listed.
    /// </summary>
    public IReadOnlyCollection<long> Changed => [.. _changed.Select(Current).Distinct()];

    /// <summary>The entity <paramref name="id"/> is now: itself, or the entity that absorbed it in this transaction.</summary>
    public long Current(long id)
    {
        while (_absorbedInto.TryGetValue(id, out var into)) id = into;
        return id;
    }

    /// <summary>The stored entity's id; <paramref name="curated"/>: a person curated the annotations, so the entity is kept even when nothing refers to it.</summary>
    public async Task<long> ResolveAsync(ExtractedEntity extracted, bool curated, CancellationToken ct)
    {
        // a curated name and type are a person's decision: taken as they are
        var (entity, surface) = curated ? (extracted, null) : Normalise(extracted);
        long id;
        var created = false;
        if (!(entity.WikidataId is { } qid ? _byWikidata.TryGetValue(qid, out id) : _byName.TryGetValue((entity.Type, entity.Name), out id)))
        {
            var (found, type) = await FindAsync(entity, surface, ct);
            var place = entity.Place;
            if (found is null)
            {
                var row = new { entity.Name, Type = Names.Of(type), entity.WikidataId, CreatedAt = createdAt, Curated = curated,
                                GeoNamesId = place?.GeoNamesId, CountryCode = place?.CountryCode, Latitude = place?.Latitude,
                                Longitude = place?.Longitude };
                // another process may have stored this new name since FindAsync looked: then it is that entity
                if (await Scalar<long?>(ArticleWriteSql.InsertEntity, row, ct) is { } inserted) (id, created) = (inserted, true);
                else found = await Scalar<long>(ArticleWriteSql.EntityOfInsert.For(sql), new { row.Name, row.Type, row.WikidataId }, ct);
            }
            if (found is not null) id = found.Value;
            // a location found without coordinates gets them from the gazetteer; one that has some keeps them
            if (found is not null && place is not null
                && await Execute(ArticleWriteSql.FillPlace, new { Id = id, place.GeoNamesId, place.CountryCode, place.Latitude, place.Longitude }, ct) > 0)
                _changed.Add(id);
            if (entity.WikidataId is not null)
            {
                if (await Execute(ArticleWriteSql.FillWikidataId, new { Id = id, entity.WikidataId }, ct) > 0 && !created) _changed.Add(id);
                _byWikidata.TryAdd(entity.WikidataId, id);
            }
            _byName.TryAdd((entity.Type, entity.Name), id);
        }
        if (curated && _curated.Add(id))
            await connection.ExecuteAsync(new CommandDefinition(ArticleWriteSql.MarkCurated, new { Id = id }, transaction, cancellationToken: ct));
        // Round trips saved where the answer is known (each costs a network hop on PostgreSQL): an entity created
        // just now is named entity.Name, which is no alias of its own; a surname just looked for as an alias has no
        // short form left (one found was absorbed, and onlyPerson only narrows what was not found).
        var checkedAliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var alias in entity.Aliases.Append(entity.Name))
        {
            if (!_aliases.Add((id, alias))) continue;
            if (await ShortFormAsync(alias, entity.Name, id, ct) is { } shortForm) await AbsorbAsync(shortForm.Id, id, ct);
            checkedAliases.Add(alias);
            if (created && alias.Equals(entity.Name, StringComparison.OrdinalIgnoreCase)) continue;
            if (await Execute(ArticleWriteSql.InsertAlias.For(sql), new { Id = id, Alias = alias }, ct) > 0 && !created) _changed.Add(id);
        }
        if (Surname(entity) is { } surname && _surnames.Add((id, surname)) && !checkedAliases.Contains(surname)
            && await ShortFormAsync(surname, entity.Name, id, ct, onlyPerson: true) is { } earlier)
            await AbsorbAsync(earlier.Id, id, ct);
        return id;
    }

    // The entity to use, or null and the type to create one with.
    async Task<(long? Id, EntityType Type)> FindAsync(ExtractedEntity entity, string? surface, CancellationToken ct)
    {
        if (entity.WikidataId is not null && await Scalar<long?>(ArticleWriteSql.EntityByWikidataId, new { entity.WikidataId }, ct) is { } byWikidata)
            return (byWikidata, entity.Type);

        var candidates = (await CandidatesAsync(entity.Name, ct)).ToList();
        if (surface is not null) candidates = [.. candidates, .. await CandidatesAsync(surface, ct)];
        var isPlace = entity.Type == EntityType.Location && IsKnownPlace(entity.Name);
        // a surname names a person ("Ford" the company is no part of Harrison Ford); a person-typed name is a known
        // place only when no other entity has that name ("Jordan" is Amira Jordan if she is known, else the country)
        candidates = entity.Type == EntityType.Person
            ? candidates.Where(c => !(c.Type == EntityType.Location && IsKnownPlace(c.Name))).ToList() is { Count: > 0 } people ? people : candidates
            : [.. candidates.Where(c => !c.BySurname)];

        // a gazetteer place and the organisation named after it (a city and its team: "Chicago" and "CHICAGO 5
        // Boston 3") are two things, both real: the tagger typing a known place as an organisation, against the
        // gazetteer, is evidence enough, so neither takes the other's type
        if (entity.Type is EntityType.Location or EntityType.Organization && IsKnownPlace(entity.Name))
            candidates = [.. candidates.Where(c => c.Type == entity.Type || c.Type is not (EntityType.Location or EntityType.Organization))];
        var named = candidates.Where(c => c.ByName).ToList();
        if (named.FirstOrDefault(c => c.Type == entity.Type) is { } sameType) return (sameType.Id, entity.Type);
        if (named.FirstOrDefault() is { } otherType)
        {
            if (!isPlace) return (otherType.Id, otherType.Type);
            if (otherType.Type == EntityType.Person) return (null, entity.Type);
            if (!otherType.Curated && await Execute(ArticleWriteSql.Retype, new { otherType.Id, Type = Names.Of(EntityType.Location) }, ct) > 0)
                _changed.Add(otherType.Id);
            return (otherType.Id, EntityType.Location);
        }

        var holders = candidates.DistinctBy(c => c.Id).ToList();
        if (holders is [var holder])
            return isPlace && holder.Type != EntityType.Location ? (null, entity.Type) : (holder.Id, holder.Type);
        // an ambiguous surname or acronym: an entity of its own, of the type all its holders share
        if (holders.Count > 1)
            return (null, !isPlace && holders.Select(h => h.Type).Distinct().Count() == 1 ? holders[0].Type : entity.Type);

        foreach (var (alias, onlyPerson) in entity.Aliases.Select(a => ((string?)a, false)).Append((Surname(entity), true)))
        {
            if (alias is null || await ShortFormAsync(alias, entity.Name, null, ct, onlyPerson) is not { } shortForm) continue;
            await Execute(ArticleWriteSql.Rename, new { shortForm.Id, entity.Name, Type = Names.Of(entity.Type) }, ct);
            _changed.Add(shortForm.Id);
            return (shortForm.Id, entity.Type);
        }
        return (null, entity.Type);
    }

    // A one-word entity (a surname, an acronym) that is the only holder of that word, that an article now gives as an
    // alias of a fuller name (or that is a person's surname: then only a person): a fragment of that entity. Never a
    // curated one, nor a known place ("Washington").
    async Task<Candidate?> ShortFormAsync(string alias, string name, long? fullEntity, CancellationToken ct, bool onlyPerson = false)
    {
        if (alias.Contains(' ', StringComparison.Ordinal) || alias.Equals(name, StringComparison.OrdinalIgnoreCase)) return null;
        var others = (await CandidatesAsync(alias, ct)).Where(c => c.Id != fullEntity).DistinctBy(c => c.Id).ToList();
        return others is [{ ByName: true, Curated: false } shortForm]
               && (!onlyPerson || shortForm.Type == EntityType.Person)
               && !(shortForm.Type == EntityType.Location && IsKnownPlace(shortForm.Name))
            ? shortForm
            : null;
    }

    // Moves everything that refers to a fragment onto the entity it is part of; the fragment's id is gone.
    async Task AbsorbAsync(long fragment, long into, CancellationToken ct)
    {
        await Execute(ArticleWriteSql.Absorb, new { From = fragment, Into = into }, ct);
        _absorbedInto[fragment] = into;
        // the articles that mentioned the fragment now show the entity it went into (found through its mentions)
        _changed.Add(into);
        foreach (var key in _byName.Where(e => e.Value == fragment).Select(e => e.Key).ToList()) _byName[key] = into;
    }

    async Task<IReadOnlyList<Candidate>> CandidatesAsync(string name, CancellationToken ct) =>
        [.. await connection.QueryAsync<Candidate>(new CommandDefinition(ArticleWriteSql.Candidates.For(sql), new { Name = name }, transaction, cancellationToken: ct))];

    Task<T> Scalar<T>(string sql, object parameters, CancellationToken ct) =>
        connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct))!;

    // the number of rows changed: whether an entity's shown data changed, for the documents to refresh
    Task<int> Execute(string sql, object parameters, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct));

    // A country by any of its names is a location with its canonical name; the name as written is also looked up,
    // so an entity stored under another variant is still found.
    static (ExtractedEntity Entity, string? Surface) Normalise(ExtractedEntity entity)
    {
        if (entity.Type == EntityType.Person || Countries.CanonicalName(entity.Name) is not { } country) return (entity, null);
        if (country == entity.Name && entity.Type == EntityType.Location) return (entity, null);
        return (entity with
        {
            Name = country,
            Type = EntityType.Location,
            Aliases = country == entity.Name ? entity.Aliases : [.. entity.Aliases, entity.Name],
        }, country == entity.Name ? null : entity.Name);
    }

    // The last word of a person's name of several words, as the surname column of the database computes it.
    static string? Surname(ExtractedEntity entity) =>
        entity.Type == EntityType.Person && entity.Name.LastIndexOf(' ') is > 0 and var space ? entity.Name[(space + 1)..] : null;

    static bool IsKnownPlace(string name) => Countries.CanonicalName(name) is not null || Gazetteer.Default.PlaceOf(name) is not null;

    sealed record Candidate
    {
        public long Id { get; init; }
        public EntityType Type { get; init; }
        public string Name { get; init; } = "";
        public bool Curated { get; init; }
        public bool ByName { get; init; }
        public bool BySurname { get; init; }
    }

    sealed class NameComparer : IEqualityComparer<(EntityType Type, string Name)>
    {
        public static readonly NameComparer Instance = new();
        public bool Equals((EntityType Type, string Name) x, (EntityType Type, string Name) y) =>
            x.Type == y.Type && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);
        public int GetHashCode((EntityType Type, string Name) key) =>
            HashCode.Combine(key.Type, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Name));
    }

    sealed class AliasComparer : IEqualityComparer<(long Id, string Alias)>
    {
        public static readonly AliasComparer Instance = new();
        public bool Equals((long Id, string Alias) x, (long Id, string Alias) y) =>
            x.Id == y.Id && string.Equals(x.Alias, y.Alias, StringComparison.OrdinalIgnoreCase);
        public int GetHashCode((long Id, string Alias) key) =>
            HashCode.Combine(key.Id, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Alias));
    }
}
