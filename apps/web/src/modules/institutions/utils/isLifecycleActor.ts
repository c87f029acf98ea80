import type { LifecycleActor } from '@jiliang/calc';
import { ACTOR_PERMISSIONS } from './actorPermissions.ts';

export const isLifecycleActor = (actor: string): actor is LifecycleActor => Object.hasOwn(ACTOR_PERMISSIONS, actor);
