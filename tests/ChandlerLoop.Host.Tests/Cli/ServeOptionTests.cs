using ChandlerLoop.Host.Tests.Infrastructure;

namespace ChandlerLoop.Host.Tests.Cli;

public sealed class ServeOptionTests
{
    [Theory]
    [InlineData(new[] { "serve", "--rigs", "7" }, "--rigs 7 is out of range")]
    [InlineData(new[] { "--rigs", "-1" }, "--rigs -1 is out of range")]
    [InlineData(new[] { "serve", "--speed", "0.5" }, "use 1–600")]
    [InlineData(new[] { "--speed", "601" }, "use 1–600")]
    [InlineData(new[] { "serve", "--urls", "ftp://127.0.0.1:21" }, "is not an http(s) address")]
    [InlineData(new[] { "--urls", "localhost" }, "is not an http(s) address")]
    public async Task Bad_input_is_refused_before_anything_listens_with_or_without_the_verb(string[] options, string expected)
    {
        using var cli = new CliHarness();

        var run = await cli.RunInDataAsync(options);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.DataFolder, "chandler.db")), "nothing is created for refused options");
    }
}
