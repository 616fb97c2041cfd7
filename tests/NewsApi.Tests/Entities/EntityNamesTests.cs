using NewsApi.Entities;

namespace NewsApi.Tests.Entities;

public sealed class EntityNamesTests
{
    [Theory]
    [InlineData("The Hague")]
    [InlineData("De Beers")]
    [InlineData("El Salvador")]
    [InlineData("Federation of Dutch Trade Unions")]
    [InlineData("Rubén del Campo")]
    [InlineData("Horn of Africa")]
    [InlineData("UNICEF")]
    [InlineData("北京")]
    public void IsEntityName_ProperNames_AreAccepted(string name) => Assert.True(EntityNames.IsEntityName(name));

    [Theory]
    [InlineData("of")]
    [InlineData("The")]
    [InlineData("For")]
    [InlineData("de")]
    [InlineData("for Democracy")]
    [InlineData("of Commons")]
    [InlineData("the Ministry")]
    [InlineData("Of Serving Under Abbott")]
    [InlineData("de Villiers")]
    [InlineData("interior ministry")]
    [InlineData("Article continued below")]
    [InlineData("Story Continues Below")]
    [InlineData("Advertisement")]
    [InlineData("  ")]
    [InlineData("2024")]
    public void IsEntityName_FunctionWordsGenericPhrasesAndPageFurniture_AreRejected(string name) => Assert.False(EntityNames.IsEntityName(name));

    [Theory]
    [InlineData("de Villiers", true)]
    [InlineData("van der Berg", true)]
    [InlineData("Villiers", true)]
    [InlineData("the", false)]
    [InlineData("of Commons", false)]
    [InlineData("ministry", false)]
    public void IsAlias_ASurnameMayStartWithAParticle(string alias, bool expected) => Assert.Equal(expected, EntityNames.IsAlias(alias));

    [Theory]
    [InlineData("U.S.", "United States")]
    [InlineData("US", "United States")]
    [InlineData("America", "United States")]
    [InlineData("United States of America", "United States")]
    [InlineData("Britain", "United Kingdom")]
    [InlineData("Iran", "Iran")]
    [InlineData("Nairobi", null)]
    [InlineData("us", null)]
    public void CanonicalCountryName_MapsEveryVariantToOneName(string name, string? expected) => Assert.Equal(expected, Countries.CanonicalName(name));
}
