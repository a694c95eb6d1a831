/** A new dossier's check code (issue 9, item 10): core's format from the operating system's random bytes. */
import { randomBytes } from 'node:crypto';
import { CHECK_CODE_LENGTH, checkCodeFromBytes } from '@motcua/core';

export const drawCheckCode = (): string => checkCodeFromBytes(randomBytes(CHECK_CODE_LENGTH));
