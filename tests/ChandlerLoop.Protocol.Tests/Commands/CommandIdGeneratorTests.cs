using System.Collections.Concurrent;
using ChandlerLoop.Protocol.Commands;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Tests.Commands;

public sealed class CommandIdGeneratorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 22, 15, 30, TimeSpan.FromHours(1));

    [Fact]
    public void Ids_carry_the_utc_start_time_the_tag_and_a_counter()
    {
        var generator = new CommandIdGenerator(Start, "k3x9q");

        Assert.Equal("c261121211530-k3x9q-1", generator.Next());
        Assert.Equal("c261121211530-k3x9q-2", generator.Next());
    }

    [Fact]
    public void Even_the_largest_counter_keeps_an_id_valid_and_within_40_characters()
    {
        var longest = "c261121211530-k3x9q-" + long.MaxValue;

        Assert.True(longest.Length <= ProtocolText.MaximumIdLength, longest);
        Assert.True(ProtocolText.IsValidCommandId(longest));
    }

    [Fact]
    public void Ids_are_unique_across_threads()
    {
        var generator = new CommandIdGenerator();
        var ids = new ConcurrentBag<string>();

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                ids.Add(generator.Next());
            }
        });

        Assert.Equal(80_000, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids.Take(100), id => Assert.True(ProtocolText.IsValidCommandId(id), id));
    }

    [Fact]
    public void Two_generators_started_in_the_same_second_differ_by_their_tag()
    {
        Assert.NotEqual(new CommandIdGenerator(Start, "aaaaa").Next(), new CommandIdGenerator(Start, "aaaab").Next());
    }

    [Theory]
    [InlineData("ABCDE")]
    [InlineData("abcd")]
    [InlineData("abcdef")]
    [InlineData("ab-de")]
    public void A_tag_must_be_five_lower_case_letters_or_digits(string tag)
    {
        Assert.Throws<ArgumentException>(() => new CommandIdGenerator(Start, tag));
    }
}
