using Spectre.Console;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// Everything a verb touches outside its arguments: the console it writes tables and progress to,
/// the error writer, standard input (for <c>--password-stdin</c>), the interactive password prompt,
/// environment variables, the clock and the default data folder. Tests build one over
/// <see cref="StringWriter"/>s (<see cref="ForWriters"/>); the real program uses <see cref="CreateDefault"/>.
/// </summary>
internal sealed class CliContext
{
    /// <summary>Creates a context; every argument is required.</summary>
    public CliContext(IAnsiConsole console, TextWriter output, TextWriter error, TextReader input,
        Func<string, string?> environment, TimeProvider clock, string defaultDataFolder, bool isInteractive)
    {
        Console = console;
        Output = output;
        Error = error;
        Input = input;
        Environment = environment;
        Clock = clock;
        DefaultDataFolder = defaultDataFolder;
        IsInteractive = isInteractive;
    }

    /// <summary>Standard output as a Spectre console (tables, progress).</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Standard output as plain text (help, parse results, lines machines read).</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: every error message, always naming the option and what is accepted.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input (passwords with <c>--password-stdin</c>).</summary>
    public TextReader Input { get; }

    /// <summary>Reads an environment variable (null when unset).</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>The clock for every "now".</summary>
    public TimeProvider Clock { get; }

    /// <summary>Data folder when neither <c>--data</c> nor CHANDLER_DATA is given.</summary>
    public string DefaultDataFolder { get; }

    /// <summary>True when a person can answer prompts (a terminal on stdin).</summary>
    public bool IsInteractive { get; }

    /// <summary>Replaceable by tests: asks for a secret on the terminal without echo.</summary>
    public Func<string, string>? PromptSecret { get; init; }

    /// <summary>The real console: stdout/stderr/stdin, process environment, system clock,
    /// data folder "ChandlerLoop" under the user's local application data.</summary>
    public static CliContext CreateDefault()
    {
        var console = AnsiConsole.Console;
        var interactive = !System.Console.IsInputRedirected;
        return new CliContext(console, System.Console.Out, System.Console.Error, System.Console.In,
            System.Environment.GetEnvironmentVariable, TimeProvider.System, DefaultDataFolderPath(), interactive)
        {
            PromptSecret = label => console.Prompt(new TextPrompt<string>(label).Secret()),
        };
    }

    /// <summary>A non-interactive context writing to the given writers, without colours or
    /// terminal control codes, 200 columns wide (tests, redirected output).</summary>
    public static CliContext ForWriters(TextWriter output, TextWriter error, TextReader input,
        IReadOnlyDictionary<string, string>? environment, TimeProvider clock, string defaultDataFolder)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        var env = environment ?? new Dictionary<string, string>();
        return new CliContext(console, output, error, input,
            name => env.TryGetValue(name, out var value) ? value : null, clock, defaultDataFolder, isInteractive: false);
    }

    /// <summary>"ChandlerLoop" under the user's local application data folder.</summary>
    public static string DefaultDataFolderPath() =>
        Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.LocalApplicationData,
            System.Environment.SpecialFolderOption.DoNotVerify), "ChandlerLoop");
}
