namespace ChandlerLoop.Control.Protocol
{
    /// <summary>The kind of a JSON value, read from its first byte by <see cref="JsonReader"/>.</summary>
    public enum JsonKind
    {
        /// <summary>Not a value (position outside the document).</summary>
        None = 0,
        /// <summary>An object <c>{...}</c>.</summary>
        Object = 1,
        /// <summary>An array <c>[...]</c>.</summary>
        Array = 2,
        /// <summary>A string.</summary>
        String = 3,
        /// <summary>A number.</summary>
        Number = 4,
        /// <summary><c>true</c>.</summary>
        True = 5,
        /// <summary><c>false</c>.</summary>
        False = 6,
        /// <summary><c>null</c>.</summary>
        Null = 7,
    }
}
