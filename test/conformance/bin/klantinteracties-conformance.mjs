#!/usr/bin/env node
// The suite is TypeScript (as is the contract package it reads), so it runs through tsx's loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
