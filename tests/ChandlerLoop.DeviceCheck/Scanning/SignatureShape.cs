namespace ChandlerLoop.DeviceCheck.Scanning;

/// <summary>A decoded signature type: a readable name and whether it contains what the device cannot load.</summary>
internal readonly record struct SignatureShape(string Name, bool HasGenericInstance, bool HasMultidimensionalArray)
{
    public bool IsProblem => HasGenericInstance || HasMultidimensionalArray;

    public static SignatureShape Combine(string name, IEnumerable<SignatureShape> parts)
    {
        bool generic = false;
        bool array = false;
        foreach (SignatureShape part in parts)
        {
            generic |= part.HasGenericInstance;
            array |= part.HasMultidimensionalArray;
        }

        return new SignatureShape(name, generic, array);
    }
}
