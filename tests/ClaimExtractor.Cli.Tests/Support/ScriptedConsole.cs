using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClaimExtractor.Cli.Tests.Support;

/// <summary>
/// A real Spectre console writing plain text to a buffer, whose keyboard is a script: each character is one key
/// press ('\n' is Enter, '\u001b' Escape). When the script runs out, ReadKey answers null, as a closed input does.
/// </summary>
public sealed class ScriptedConsole : IAnsiConsole
{
    private readonly StringWriter _output = new();
    private readonly IAnsiConsole _inner;

    public ScriptedConsole(string keys)
    {
        _inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        _inner.Profile.Width = 160;
        Input = new ScriptedInput(keys);
    }

    public string Output => _output.ToString();

    public Profile Profile => _inner.Profile;

    public IAnsiConsoleCursor Cursor => _inner.Cursor;

    public IAnsiConsoleInput Input { get; }

    public IExclusivityMode ExclusivityMode => _inner.ExclusivityMode;

    public RenderPipeline Pipeline => _inner.Pipeline;

    public void Clear(bool home) => _inner.Clear(home);

    public void Write(IRenderable renderable) => _inner.Write(renderable);

    private sealed class ScriptedInput(string keys) : IAnsiConsoleInput
    {
        private readonly Queue<char> _keys = new(keys);

        public bool IsKeyAvailable() => _keys.Count > 0;

        public ConsoleKeyInfo? ReadKey(bool intercept)
        {
            if (!_keys.TryDequeue(out var c))
            {
                return null;
            }

            var key = c switch
            {
                '\n' => ConsoleKey.Enter,
                '\u001b' => ConsoleKey.Escape,
                ' ' => ConsoleKey.Spacebar,
                _ when char.IsAsciiLetter(c) => Enum.Parse<ConsoleKey>(char.ToUpperInvariant(c).ToString()),
                _ => ConsoleKey.NoName,
            };
            return new ConsoleKeyInfo(c, key, shift: false, alt: false, control: false);
        }

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
    }
}
