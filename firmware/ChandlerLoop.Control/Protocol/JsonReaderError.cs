namespace ChandlerLoop.Control.Protocol
{
    /// <summary>Why <see cref="JsonReader.Load"/> refused a document.</summary>
    public enum JsonReaderError
    {
        /// <summary>The document is valid.</summary>
        None = 0,
        /// <summary>Not valid JSON (grammar, UTF-8, or something after the value).</summary>
        Syntax = 1,
        /// <summary>Objects and arrays nested deeper than <see cref="JsonReader.MaxDepth"/>.</summary>
        TooDeep = 2,
    }
}
