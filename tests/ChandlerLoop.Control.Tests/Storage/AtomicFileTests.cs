using System.Collections.Generic;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Control.Tests.Storage;

public class AtomicFileTests
{
    /// <summary>In-memory files; "crashes" (fails every later step) after a given number of steps.</summary>
    private sealed class CrashingStore : IFileStore
    {
        public readonly Dictionary<string, byte[]> Files = new();
        public int StepsBeforeCrash { get; set; } = int.MaxValue;

        private bool Step() => StepsBeforeCrash-- > 0;

        public bool Exists(string path) => Files.ContainsKey(path);

        public byte[]? ReadAll(string path) => Files.TryGetValue(path, out var b) ? b : null;

        public bool WriteAllAndFlush(string path, byte[] data, int count)
        {
            if (!Step())
            {
                return false;
            }

            Files[path] = data[..count];
            return true;
        }

        public bool Rename(string from, string to)
        {
            if (!Step() || !Files.ContainsKey(from) || Files.ContainsKey(to))
            {
                return false;
            }

            Files[to] = Files[from];
            Files.Remove(from);
            return true;
        }

        public bool Delete(string path)
        {
            if (!Step())
            {
                return false;
            }

            Files.Remove(path);
            return true;
        }
    }

    private const string Path = "I:\\chandler-settings.json";
    private static readonly byte[] Old = { 1, 1, 1 };
    private static readonly byte[] New = { 2, 2, 2, 2 };

    [Fact]
    public void Replace_leaves_only_the_new_content()
    {
        var store = new CrashingStore();
        store.Files[Path] = Old;
        Assert.True(AtomicFile.Replace(store, Path, New, New.Length));
        Assert.Equal(New, store.Files[Path]);
        Assert.Single(store.Files);
    }

    [Fact]
    public void A_crash_at_any_step_leaves_old_or_new_content_after_recovery()
    {
        for (int steps = 0; steps < 8; steps++)
        {
            var store = new CrashingStore();
            store.Files[Path] = Old;
            store.StepsBeforeCrash = steps;
            AtomicFile.Replace(store, Path, New, New.Length);

            store.StepsBeforeCrash = int.MaxValue; // reboot
            Assert.True(AtomicFile.Recover(store, Path));
            byte[] content = store.Files[Path];
            Assert.True(content.AsSpan().SequenceEqual(Old) || content.AsSpan().SequenceEqual(New), $"steps {steps}");
            Assert.False(store.Exists(Path + AtomicFile.TempSuffix));
            Assert.False(store.Exists(Path + AtomicFile.BackupSuffix));
        }
    }

    [Fact]
    public void Recover_without_any_file_reports_missing()
    {
        Assert.False(AtomicFile.Recover(new CrashingStore(), Path));
    }
}
