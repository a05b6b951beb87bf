using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChandlerLoop.Benchmarks.Ingest;

/// <summary>
/// Counts the SQL commands EF Core runs in this process and their total duration, by the first 60
/// characters of the command text (EF's DiagnosticSource events; no change to the code measured).
/// Shows where an ingest spends its database time.
/// </summary>
internal sealed class DbCommandProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, (long Count, double Milliseconds)> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private volatile bool _enabled;

    public DbCommandProfile()
    {
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public void Start()
    {
        _commands.Clear();
        _enabled = true;
    }

    public void Stop() => _enabled = false;

    public void Print(int top)
    {
        Console.WriteLine("  SQL commands run by EF Core during the measured run (count, total ms, command):");
        foreach (var (text, (count, ms)) in _commands.OrderByDescending(c => c.Value.Milliseconds).Take(top))
        {
            Console.WriteLine($"    {count,9:N0} {ms,10:N0} ms  {text}");
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (_enabled && value.Value is CommandExecutedEventData executed)
        {
            var text = executed.Command.CommandText.ReplaceLineEndings(" ");
            text = text.Length > 60 ? text[..60] : text;
            _commands.AddOrUpdate(text, (1, executed.Duration.TotalMilliseconds), (_, c) => (c.Count + 1, c.Milliseconds + executed.Duration.TotalMilliseconds));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
