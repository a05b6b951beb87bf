namespace ChandlerLoop.Simulator;
