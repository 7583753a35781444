using ClaimExtractor.Core.Entities;

namespace ClaimExtractor.Core.Tests;

/// <summary>Alignment keys name an organization the way outlets shorten it, and everyone else by the whole name.</summary>
public sealed class EntityKeyTests
{
    [Theory]
    [InlineData("Korvat Motors", EntityType.Org, "korvat")]
    [InlineData("Korvat", EntityType.Org, "korvat")]
    [InlineData("Ford Motor Co", EntityType.Org, "ford")]
    [InlineData("Eastgate Airport Holdings", EntityType.Org, "eastgate")]
    [InlineData("Eastgate Airport", EntityType.Other, "eastgate")]
    [InlineData("Halvorsen Foods Inc.", EntityType.Org, "halvorsen")]
    [InlineData("Bank of England", EntityType.Org, "bank of england")]
    [InlineData("Brightwater Snacks", EntityType.Org, "brightwater snacks")]
    [InlineData("Group", EntityType.Org, "group")]
    [InlineData("Bill Holding", EntityType.Person, "bill holding")]
    [InlineData("North Korea", EntityType.Gpe, "north korea")]
    public void An_organization_key_drops_the_legal_form_and_generic_head_outlets_drop(string name, EntityType type, string key)
    {
        Assert.Equal(key, new EntityRef(name, type).Key);
    }

    [Fact]
    public void A_copy_with_another_type_keys_by_that_type()
    {
        var organization = new EntityRef("Korvat Motors", EntityType.Org);
        Assert.Equal("korvat", organization.Key);

        var person = organization with { Type = EntityType.Person };

        Assert.Equal("korvat motors", person.Key);
        Assert.Equal(new EntityRef("Korvat Motors", EntityType.Person), person);
    }

    [Fact]
    public void Two_references_are_equal_whether_or_not_their_key_was_asked_for()
    {
        var asked = new EntityRef("Korvat Motors", EntityType.Org);
        _ = asked.Key;
        var fresh = new EntityRef("Korvat Motors", EntityType.Org);

        Assert.Equal(fresh, asked);
        Assert.Equal(fresh.GetHashCode(), asked.GetHashCode());
        Assert.NotEqual(new EntityRef("Korvat Motors", EntityType.Gpe), asked);
    }
}
