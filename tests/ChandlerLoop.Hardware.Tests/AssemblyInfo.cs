namespace ChandlerLoop.Hardware.Tests;
