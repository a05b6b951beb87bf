using System.Reflection;

[assembly: AssemblyTitle("ChandlerLoop.Firmware")]
[assembly: AssemblyDescription("Chandler-loop rig firmware for ESP32 (nanoFramework)")]
[assembly: AssemblyProduct("ChandlerLoop")]
[assembly: AssemblyVersion("0.1.0.0")]
