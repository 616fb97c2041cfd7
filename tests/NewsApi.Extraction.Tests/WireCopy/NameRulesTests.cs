namespace NewsApi.Extraction.Tests.WireCopy;

using static WireCopyKit;

public class NameRulesTests
{
    [Theory]
    [InlineData("Locust swarms are spreading across the Horn of Africa, the agency warned on Monday.", "Horn of Africa", EntityType.Location)]
    [InlineData("The strike was called by the Federation of Dutch Trade Unions (FNV) on Friday.", "Federation of Dutch Trade Unions", EntityType.Organization)]
    [InlineData("\"We will stay open,\" said Lucía del Valle, who runs the shelter.", "Lucía del Valle", EntityType.Person)]
    [InlineData("The painting was sold to Pieter van der Berg at auction last week.", "Pieter van der Berg", EntityType.Person)]
    public void Extract_NameWithInnerParticle_StaysOneEntity(string body, string name, EntityType type)
    {
        var article = Extract(body);

        var entity = Assert.Single(article.Entities, e => e.Name == name);
        Assert.Equal(type, entity.Type);
    }

    [Fact]
    public void Extract_AcronymDefinedOrganisation_IsOneOrganisationWithItsAcronym()
    {
        var article = Extract("The strike was called by the Federation of Dutch Trade Unions (FNV). The FNV said talks had failed.");

        var entity = Assert.Single(article.Entities, e => e.Type == EntityType.Organization && e.Name.StartsWith("Federation", StringComparison.Ordinal));
        Assert.Contains("FNV", entity.Aliases);
        Assert.DoesNotContain(article.Entities, e => e.Name == "Trade Unions");
    }

    [Fact]
    public void Extract_PersonOfAPlace_StaysTwoEntities()
    {
        var article = Extract("The bill was introduced by Senator Martha Quinlan of Oregon on Wednesday.");

        Assert.Contains(article.Entities, e => e is { Name: "Martha Quinlan", Type: EntityType.Person });
        Assert.Contains(article.Entities, e => e is { Name: "Oregon", Type: EntityType.Location });
    }

    [Theory]
    [InlineData("The interior ministry said on Monday that the curfew would be lifted.")]
    [InlineData("Article continued below\n\nThe harbour reopened on Tuesday.")]
    public void Extract_GenericLowerCaseHeadsAndPageFurniture_AreNoEntities(string body)
    {
        var article = Extract(body);

        Assert.DoesNotContain(article.Entities, e => e.Name.Contains("ministry", StringComparison.Ordinal) || e.Name.Contains("continued", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NoEntityNameStartsOrEndsWithAFunctionWord()
    {
        var article = Extract("Officials of the Bank of Portugal met members of Parliament and leaders of Congress in Lisbon.");

        foreach (var e in article.Entities)
        {
            var words = e.Name.Split(' ');
            Assert.False(Lexicon.IsFunctionWord(words[0]) && words[0] != "The", $"'{e.Name}' starts with a function word");
            Assert.False(Lexicon.IsFunctionWord(words[^1]), $"'{e.Name}' ends with a function word");
        }
    }

    [Fact]
    public void Extract_GazetteerPlace_CarriesCoordinatesAndIds()
    {
        var article = Extract("Flooding closed schools in Nairobi and across Kenya on Monday.");

        var city = Assert.Single(article.Entities, e => e.Name == "Nairobi");
        Assert.NotNull(city.Place?.GeoNamesId);
        Assert.Equal("KE", city.Place!.CountryCode);
        Assert.InRange(city.Place.Latitude, -2, 0);
        var country = Assert.Single(article.Entities, e => e.Name == "Kenya");
        Assert.Null(country.Place?.GeoNamesId);
        Assert.Equal("KE", country.Place?.CountryCode);
    }

    [Fact]
    public void Extract_GenerationalSuffix_BelongsToThePerson()
    {
        var article = Extract("The ruling was written by Justice Harold P. Whitcombe Jr. on Monday.");

        Assert.Contains(article.Entities, e => e.Name == "Harold P. Whitcombe Jr." && e.Type == EntityType.Person);
        Assert.DoesNotContain(article.Entities, e => e.Name is "Jr." or "Jr");
    }

    [Fact]
    public void Extract_PartyDesignation_NamesNoPlace()
    {
        var article = Extract("Rep. Dana Okafor (D-N.Y.), who leads the panel, said the bill would pass.");

        Assert.DoesNotContain(article.Entities, e => e.Name is "Y." or "N.Y." or "D-N.Y.");
        var q = article.QuoteWithCue("said");
        Assert.Equal("Dana Okafor", article.SpeakerEntityName(q));
    }

    [Fact]
    public void Extract_NameInTheHeadlineAndTheBody_IsOneEntityOfOneType()
    {
        var article = Extract("KAMPALA (AP) — Aid convoys reached the besieged city of Baidoa on Tuesday, officials said.",
            title: "Aid reaches Baidoa as drought deepens");

        var baidoa = Assert.Single(article.Entities, e => e.Name == "Baidoa");
        Assert.Contains(baidoa.Mentions, m => m.Field == TextField.Title);
        Assert.Contains(baidoa.Mentions, m => m.Field == TextField.Body);
    }

    [Theory]
    [InlineData("Output at Antofalla, the state-run copper miner, fell for a third month.", "Antofalla", EntityType.Organization)]
    [InlineData("The plan was criticised by Arequipa, a regional lender, on Monday.", "Arequipa", EntityType.Organization)]
    [InlineData("The ferry was delayed, Tallis Maro, a spokeswoman for the port, said.", "Tallis Maro", EntityType.Person)]
    public void Extract_Apposition_SaysWhatANameIs(string body, string name, EntityType type)
    {
        var entity = Assert.Single(Extract(body).Entities, e => e.Name == name);

        Assert.Equal(type, entity.Type);
    }

    [Fact]
    public void Extract_PluralPossessiveInsideAnOrganisationsName_StaysOneOrganisation()
    {
        var article = Extract("The Ontario Nurses' Association said it would appeal the ruling.");

        Assert.Contains(article.Entities, e => e is { Name: "Ontario Nurses' Association", Type: EntityType.Organization });
    }

    [Theory]
    [InlineData("Wildfires forced thousands from their homes in British Columbia on Sunday.", "British Columbia")]
    [InlineData("Health officials in Nova Scotia reported 40 new cases.", "Nova Scotia")]
    [InlineData("The governor of Texas signed the bill on Friday.", "Texas")]
    public void Extract_StateOrProvince_IsALocation(string body, string name)
    {
        var entity = Assert.Single(Extract(body).Entities, e => e.Name == name);

        Assert.Equal(EntityType.Location, entity.Type);
        Assert.Null(entity.Place); // regions.tsv has no coordinates: no place rather than a wrong one
    }

    [Fact]
    public void Extract_OrganisationHeadAfterAPluralPossessive_CompletesTheName()
    {
        var article = Extract("The Nova Scotia Nurses' Union welcomed the news on Thursday.");

        Assert.Contains(article.Entities, e => e is { Name: "Nova Scotia Nurses' Union", Type: EntityType.Organization });
    }

    [Fact]
    public void Extract_HeadlinePastedAsTheFirstLine_GivesOnlyNamesTheBodyUses()
    {
        const string body = "Wealthy Voters Abandon Republican Party for Maria Delgado.\n\n"
                            + "Voters in wealthy suburbs are turning to Maria Delgado, a survey by the Harmon Institute found on Monday.";

        var article = Extract(body);

        Assert.DoesNotContain(article.Entities, e => e.Name.Contains("Wealthy", StringComparison.Ordinal) || e.Name.Contains("Abandon", StringComparison.Ordinal));
        var delgado = Assert.Single(article.Entities, e => e.Name == "Maria Delgado");
        Assert.Equal(2, delgado.Mentions.Count);
    }

    [Fact]
    public void Extract_NameWithAMiddleInitial_IsOnePerson()
    {
        var article = Extract("Republican nominee Donald J. Trump said on Monday that he would win.");

        Assert.Contains(article.Entities, e => e is { Name: "Donald J. Trump", Type: EntityType.Person });
        Assert.DoesNotContain(article.Entities, e => e.Name == "Donald");
    }
}
