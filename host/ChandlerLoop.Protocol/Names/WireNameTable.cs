using System.Collections.Frozen;

namespace ChandlerLoop.Protocol.Names;

/// <summary>
/// Two-way table between an enumeration and its wire names, written out by hand (never derived from
/// <c>Enum.ToString()</c>, so renaming a C# member cannot change the protocol).
/// </summary>
internal sealed class WireNameTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _names;
    private readonly FrozenDictionary<string, TEnum> _values;

    public WireNameTable(params (TEnum Value, string Name)[] entries)
    {
        var members = Enum.GetValues<TEnum>();
        if (entries.Length != members.Length)
        {
            throw new InvalidOperationException(
                $"{typeof(TEnum).Name}: {entries.Length} wire names for {members.Length} members.");
        }

        _names = new string[members.Length];
        var values = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        foreach (var (value, name) in entries)
        {
            var index = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            _names[index] = name;
            values.Add(name, value);
        }

        _values = values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => _values.Keys;

    public string NameOf(TEnum value)
    {
        var index = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        if ((uint)index >= (uint)_names.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
        }

        return _names[index];
    }

    public bool TryParse(string? name, out TEnum value)
    {
        if (name is not null && _values.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
