using System;
using System.Text;
using ChandlerLoop.Control.Device;
using ChandlerLoop.Control.Storage;
using nanoFramework.Json;

namespace ChandlerLoop.Firmware.Settings
{
    /// <summary>
    /// Reads and writes <c>I:\chandler-settings.json</c> (nanoFramework.Json, camelCase keys
    /// matched case-insensitively). Reading first repairs an interrupted replacement
    /// (<see cref="AtomicFile.Recover"/>); writing replaces the file atomically.
    /// </summary>
    public static class SettingsFile
    {
        /// <summary>Path of the settings file on the internal flash.</summary>
        public const string Path = "I:\\chandler-settings.json";

        /// <summary>Loads and validates the settings; <paramref name="settings"/> is null unless
        /// the result is None.</summary>
        public static SettingsError Load(IFileStore store, out RigSettings settings)
        {
            settings = null;
            if (!AtomicFile.Recover(store, Path))
            {
                return SettingsError.FileMissing;
            }

            byte[] bytes = store.ReadAll(Path);
            if (bytes == null)
            {
                return SettingsError.FileMissing;
            }

            RigSettings parsed;
            try
            {
                string json = Encoding.UTF8.GetString(bytes, 0, bytes.Length);
                JsonSerializerOptions options = new JsonSerializerOptions();
                options.PropertyNameCaseInsensitive = true;
                parsed = JsonConvert.DeserializeObject(json, typeof(RigSettings), options) as RigSettings;
            }
            catch (Exception)
            {
                return SettingsError.FileUnreadable;
            }

            SettingsError error = RigSettingsValidator.Validate(parsed);
            if (error == SettingsError.None)
            {
                settings = parsed;
            }

            return error;
        }

        /// <summary>Validates and writes <paramref name="settings"/> atomically.</summary>
        public static SettingsError Save(IFileStore store, RigSettings settings)
        {
            SettingsError error = RigSettingsValidator.Validate(settings);
            if (error != SettingsError.None)
            {
                return error;
            }

            byte[] bytes = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(settings));
            return AtomicFile.Replace(store, Path, bytes, bytes.Length) ? SettingsError.None : SettingsError.FileMissing;
        }
    }
}
